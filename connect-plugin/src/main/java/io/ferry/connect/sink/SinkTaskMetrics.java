package io.ferry.connect.sink;

import io.ferry.connect.metrics.JmxRegistration;
import io.ferry.connect.metrics.MetricsBean;
import io.ferry.connect.metrics.TaskName;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import javax.management.MBeanServer;

/**
 * A sink task's metrics over JMX, one bean
 * ({@code io.ferry.connect:type=sink-task-metrics,connector=<name>,task=<n>}), published while the
 * task runs. Counted by the worker's thread (puts) and the writer's (batches), read by JMX.
 */
final class SinkTaskMetrics implements AutoCloseable {
    static final String TYPE = "sink-task-metrics";

    private final LongAdder recordsPut = new LongAdder();
    private final LongAdder rowsWritten = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAccumulator batchSizeMax = new LongAccumulator(Math::max, 0);
    private final LongAdder writeTimeMs = new LongAdder();
    private final LongAccumulator writeTimeMaxMs = new LongAccumulator(Math::max, 0);
    private final LongAdder retries = new LongAdder();
    private final TaskName name;
    private final MBeanServer server;
    private JmxRegistration registration;

    SinkTaskMetrics(TaskName name, MBeanServer server) {
        this.name = name;
        this.server = server;
    }

    /**
     * Publishes the bean, once the task has started.
     *
     * @param rowsWaiting rows handed to the writer and not committed yet
     * @param sentToDeadLetterQueue records reported as errant so far
     */
    void publish(LongSupplier rowsWaiting, LongSupplier sentToDeadLetterQueue) {
        registration = JmxRegistration.publish(server, name.objectName(TYPE), bean(rowsWaiting, sentToDeadLetterQueue));
    }

    MetricsBean bean(LongSupplier rowsWaiting, LongSupplier sentToDeadLetterQueue) {
        return new MetricsBean("Ferry sink task " + name)
            .add("RecordsPut", "Records the worker handed to put()", recordsPut::sum)
            .add("RowsWritten", "Rows in committed transactions", rowsWritten::sum)
            .add("Batches", "Committed batches that wrote rows", batches::sum)
            .add("BatchSizeMax", "Rows of the largest batch", batchSizeMax::get)
            .add("BatchSizeMean", "Rows per batch, on average (rounded down)", this::batchSizeMean)
            .add("WriteTimeMs", "Time spent writing and committing batches, in ms", writeTimeMs::sum)
            .add("WriteTimeMaxMs", "The longest write of a batch, in ms", writeTimeMaxMs::get)
            .add("Retries", "Writes and puts retried after a transient error", retries::sum)
            .add("RecordsSentToDeadLetterQueue", "Records reported as errant (errors.tolerance=all)",
                sentToDeadLetterQueue)
            .add("RowsWaiting", "Rows handed to the writer and not committed yet", rowsWaiting);
    }

    void put(int records) {
        recordsPut.add(records);
    }

    /** A batch of {@code rows} rows was committed after {@code millis} ms of writing. */
    void committed(int rows, long millis) {
        if (rows == 0) {
            return; // a transaction that only recorded progress (records skipped or sent to the dead letter queue)
        }
        batches.increment();
        rowsWritten.add(rows);
        batchSizeMax.accumulate(rows);
        writeTimeMs.add(millis);
        writeTimeMaxMs.accumulate(millis);
    }

    void retried() {
        retries.increment();
    }

    private long batchSizeMean() {
        long count = batches.sum();
        return count == 0 ? 0 : rowsWritten.sum() / count;
    }

    @Override
    public void close() {
        if (registration != null) {
            registration.close();
        }
    }
}
