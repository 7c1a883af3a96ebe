package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.metrics.TaskName;
import io.ferry.connect.sql.TableId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** The sink metrics as a JMX client reads them, on a server of the test's own and a clock the test moves. */
class SinkTaskMetricsTest {
    private static final ObjectName NAME = new TaskName("pg-sink", "0").objectName(SinkTaskMetrics.TYPE);
    private static final TableId TABLE = new TableId("public", "kv");
    private static final RowShape SHAPE = new RowShape(RowShape.Kind.WRITE, List.of("id"), List.of());

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final SinkTaskMetrics metrics = new SinkTaskMetrics(new TaskName("pg-sink", "0"), server);
    private final ManualTime time = new ManualTime();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong reported = new AtomicLong();

    private long attribute(String attribute) throws Exception {
        return (Long) server.getAttribute(NAME, attribute);
    }

    private static Batch batchOf(int rows) {
        Batch batch = new Batch();
        for (int i = 0; i < rows; i++) {
            SinkRecord record = new SinkRecord("t", 0, null, null, null, null, i);
            batch.add(List.of(new SinkRow(record, TABLE, SHAPE, Map.of())), Map.of());
        }
        return batch;
    }

    @Test
    void publishesOnceStartedUnderTheTasksName() {
        assertThat(server.isRegistered(NAME)).isFalse();

        metrics.publish(waiting::get, reported::get);

        assertThat(NAME.toString()).isEqualTo("io.ferry.connect:type=sink-task-metrics,connector=pg-sink,task=0");
        assertThat(server.isRegistered(NAME)).isTrue();
        metrics.close();
        assertThat(server.isRegistered(NAME)).isFalse();
    }

    @Test
    void countsBatchesTheirSizesAndWriteTimeFromTheClock() throws Exception {
        metrics.publish(waiting::get, reported::get);
        MeteredCommitter committer = new MeteredCommitter((batch, again) -> time.advance(java.time.Duration.ofMillis(
            batch.rowCount() * 10L)), metrics, time);
        metrics.put(10);

        committer.commit(batchOf(4), false);
        committer.commit(batchOf(6), false);
        committer.commit(batchOf(0), false); // progress only: not a batch of rows

        assertThat(attribute("RecordsPut")).isEqualTo(10);
        assertThat(attribute("RowsWritten")).isEqualTo(10);
        assertThat(attribute("Batches")).isEqualTo(2);
        assertThat(attribute("BatchSizeMax")).isEqualTo(6);
        assertThat(attribute("BatchSizeMean")).isEqualTo(5);
        assertThat(attribute("WriteTimeMs")).isEqualTo(100);
        assertThat(attribute("WriteTimeMaxMs")).isEqualTo(60);
    }

    @Test
    void countsEachRetryOfABatchAndOfAPut() throws Exception {
        metrics.publish(waiting::get, reported::get);
        MeteredCommitter committer = new MeteredCommitter((batch, again) -> { }, metrics, time);

        committer.commit(batchOf(1), true);
        metrics.retried();

        assertThat(attribute("Retries")).isEqualTo(2);
        assertThat(attribute("Batches")).isEqualTo(1);
    }

    @Test
    void readsRowsWaitingAndDeadLetteredRecordsWhenAsked() throws Exception {
        metrics.publish(waiting::get, reported::get);

        waiting.set(12);
        reported.set(2);

        assertThat(attribute("RowsWaiting")).isEqualTo(12);
        assertThat(attribute("RecordsSentToDeadLetterQueue")).isEqualTo(2);
    }

    @Test
    void aFailedWriteCountsNoBatch() throws Exception {
        metrics.publish(waiting::get, reported::get);
        MeteredCommitter committer = new MeteredCommitter((batch, again) -> {
            throw new java.sql.SQLException("broken", "08006");
        }, metrics, time);

        try {
            committer.commit(batchOf(3), false);
        } catch (java.sql.SQLException expected) {
            // the writer retries it
        }

        assertThat(attribute("Batches")).isZero();
        assertThat(attribute("RowsWritten")).isZero();
    }
}
