package io.ferry.connect.sink;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.testing.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Starts a {@link PostgresSinkTask} on a scratch database, as a worker would; its offset commit
 * waits up to a minute for the rows handed over (the worker's task waits a few seconds, and
 * offers the rest at a later commit), so a test reads back what it put.
 */
final class SinkTaskRunner implements AutoCloseable {
    final PostgresSinkTask task = new PostgresSinkTask(Duration.ofMinutes(1));
    final FakeSinkTaskContext context;

    private SinkTaskRunner(FakeSinkTaskContext context, Map<String, String> props) {
        this.context = context;
        task.initialize(context);
        task.start(props);
    }

    static SinkTaskRunner start(Database db, String... keyValues) {
        return start(FakeSinkTaskContext.plain(), db, keyValues);
    }

    static SinkTaskRunner start(FakeSinkTaskContext context, Database db, String... keyValues) {
        Map<String, String> props = new HashMap<>(db.connectionConfig());
        props.put("topics", "t");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return new SinkTaskRunner(context, props);
    }

    /**
     * The failure of writing the records: the writer fails on its own thread, and the task's next
     * put throws it (here after the worker's offset commit, which waits for the writer).
     */
    Throwable failureOfWriting(SinkRecord... records) {
        task.put(Arrays.asList(records));
        commit();
        try {
            task.put(java.util.Collections.emptyList());
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("writing the records should have failed");
    }

    /** One put and then the offset commit, which waits for the put's rows to be written. */
    void putAndCommit(Collection<org.apache.kafka.connect.sink.SinkRecord> records) {
        task.put(records);
        commit();
    }

    void putAndCommit(SinkRecord... records) {
        putAndCommit(Arrays.asList(records));
    }

    void commit() {
        task.preCommit(new HashMap<>());
    }

    /**
     * Starts one task per record, and has each put and commit its record at the same moment, as
     * tasks of one connector meeting the same table do; fails when any of them fails.
     */
    static void putAtOnce(Supplier<SinkTaskRunner> start, List<SinkRecord> records)
        throws Exception {
        CyclicBarrier together = new CyclicBarrier(records.size());
        List<CompletableFuture<Void>> puts = new ArrayList<>();
        List<SinkTaskRunner> sinks = new ArrayList<>();
        try {
            for (SinkRecord record : records) {
                SinkTaskRunner sink = start.get();
                sinks.add(sink);
                puts.add(CompletableFuture.runAsync(() -> {
                    try {
                        together.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("The other tasks did not come to put", e);
                    }
                    sink.putAndCommit(record);
                }));
            }
            CompletableFuture.allOf(puts.toArray(new CompletableFuture[0]))
                .get(60, TimeUnit.SECONDS);
        } finally {
            sinks.forEach(SinkTaskRunner::close);
        }
    }

    @Override
    public void close() {
        task.stop();
    }
}
