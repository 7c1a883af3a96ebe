package io.ferry.connect.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/** The worker's side of a sink task, recording what the task asks of it. */
public final class FakeSinkTaskContext implements SinkTaskContext {
    /** A record the task reported as errant, with the reason. */
    public static final class Reported {
        public final SinkRecord record;
        public final Throwable error;

        Reported(SinkRecord record, Throwable error) {
            this.record = record;
            this.error = error;
        }
    }

    public final List<Long> timeouts = new ArrayList<>();
    public final List<Reported> reported = new ArrayList<>();
    /** Where the task asked the consumer to seek to. */
    public final Map<TopicPartition, Long> offsets = new HashMap<>();
    private final boolean withReporter;

    private FakeSinkTaskContext(boolean withReporter) {
        this.withReporter = withReporter;
    }

    /** A worker without a dead letter queue (errors.tolerance=none). */
    public static FakeSinkTaskContext plain() {
        return new FakeSinkTaskContext(false);
    }

    /** A worker with an errant-record reporter (errors.tolerance=all). */
    public static FakeSinkTaskContext withErrantRecordReporter() {
        return new FakeSinkTaskContext(true);
    }

    @Override
    public Map<String, String> configs() {
        return new HashMap<>();
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
        this.offsets.putAll(offsets);
    }

    @Override
    public void offset(TopicPartition tp, long offset) {
        offsets.put(tp, offset);
    }

    @Override
    public void timeout(long timeoutMs) {
        timeouts.add(timeoutMs);
    }

    @Override
    public Set<TopicPartition> assignment() {
        return Collections.emptySet();
    }

    @Override
    public void pause(TopicPartition... partitions) {
    }

    @Override
    public void resume(TopicPartition... partitions) {
    }

    @Override
    public void requestCommit() {
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        if (!withReporter) {
            return null;
        }
        return new ErrantRecordReporter() {
            @Override
            public Future<Void> report(SinkRecord record, Throwable error) {
                reported.add(new Reported(record, error));
                return CompletableFuture.completedFuture(null);
            }
        };
    }
}
