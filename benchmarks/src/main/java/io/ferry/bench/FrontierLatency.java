package io.ferry.bench;

import io.ferry.stack.LocalStack;
import io.ferry.stack.TopicEndOffsets;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import io.ferry.testing.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * W2ts's latency: what the commit frontier costs a row, and what turning it off loses. Ferry's
 * source in timestamp+incrementing mode (poll.interval.ms 100) publishes a {@link TimestampedIrisTable}
 * that W3's generator fills at {@link #ROWS_PER_SECOND} for the run's seconds, each row's latency
 * taken from its commit to its record on the topic ({@link TopicLatencies}); with and without
 * {@link LongTransactions} of another writer, the frontier on (its default wait) and off. Each
 * line runs once per repetition, the lines taking turns.
 */
final class FrontierLatency {
    static final int ROWS_PER_SECOND = 1000;
    static final Duration TRANSACTION_OPEN = Duration.ofSeconds(2);
    static final Duration BETWEEN_TRANSACTIONS = Duration.ofSeconds(1);
    /** How long the topic may gain nothing before the rows not on it count as lost. */
    static final Duration QUIET = Duration.ofSeconds(10);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);

    private final LocalStack stack;
    private final BenchOptions options;

    FrontierLatency(LocalStack stack, BenchOptions options) {
        this.stack = stack;
        this.options = options;
    }

    /** The four lines; leaves iris_data as the seed's table, empty. */
    List<FrontierLine> run() {
        Map<String, FrontierLine> lines = new LinkedHashMap<>();
        int phase = 0;
        try {
            for (int repetition = 1; repetition <= options.repetitions(); repetition++) {
                for (boolean longTransactions : List.of(false, true)) {
                    for (boolean frontier : List.of(true, false)) {
                        phase++;
                        Progress.say("W2ts latency repetition %d of %d", repetition, options.repetitions());
                        FrontierLine line = lines.computeIfAbsent(frontier + "/" + longTransactions,
                            k -> new FrontierLine(ROWS_PER_SECOND, frontier, longTransactions));
                        measure(phase, line);
                    }
                }
            }
        } finally {
            IrisTable.recreateIn(stack.postgres().source());
        }
        return new ArrayList<>(lines.values());
    }

    private void measure(int phase, FrontierLine line) {
        Database source = stack.postgres().source();
        TimestampedIrisTable.createIn(source);
        String bootstrap = stack.broker().bootstrapServers();
        String prefix = "bench-w2ts-latency-" + phase + "-";
        String topic = IrisTopic.createAppendTimed(bootstrap, prefix + "iris_data").name();
        String name = prefix + "source";
        stack.rest().create(config(source, prefix, line.frontier()).document(name));
        try {
            Progress.say("W2ts latency: %,d rows/s for %d s, frontier %s, %s", ROWS_PER_SECOND, options.latencySeconds(),
                line.frontier() ? "on" : "off", line.longTransactions() ? "long transactions" : "no other writer");
            LongTransactions late = line.longTransactions()
                ? LongTransactions.start(source, TRANSACTION_OPEN, BETWEEN_TRANSACTIONS) : null;
            TimedInserts inserts;
            Set<Long> lateIds;
            try {
                inserts = TimedInserts.run(source, ROWS_PER_SECOND, options.latencySeconds());
            } finally {
                lateIds = late == null ? Set.of() : late.stop(); // no transaction left open to block the next DROP
            }
            Set<Long> written = ids(source);
            awaitTopic(bootstrap, topic, written.size());
            TopicLatencies found = TopicLatencies.read(new SourceDelivery(bootstrap), topic, inserts.measuredFrom(), lateIds);
            LatencyResult result = LatencyResult.of(ROWS_PER_SECOND, line.latency().polling().label(), found.millis());
            line.add(result, lateIds.size(), found.missingOf(written), found.duplicates());
            Progress.say("W2ts latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %,d rows; %,d of %,d rows lost (%,d late rows), %,d twice",
                result.p50Millis(), result.p99Millis(), result.maxMillis(), result.rows(), found.missingOf(written),
                written.size(), lateIds.size(), found.duplicates());
        } finally {
            stack.rest().delete(name);
        }
    }

    private static Contender config(Database source, String prefix, boolean frontier) {
        Contender ferry = SourceBenchmark.common(source).tuned(SourceBenchmark.FERRY, TimestampSourceBenchmark.MODE)
            .tuned(SourceBenchmark.FERRY, SourcePolling.every100Millis().config())
            .tuned(SourceBenchmark.FERRY, Map.of("topic.prefix", prefix));
        return frontier ? ferry : ferry.tuned(SourceBenchmark.FERRY, TimestampSourceBenchmark.NO_FRONTIER);
    }

    private static Set<Long> ids(Database source) {
        Set<Long> ids = new HashSet<>();
        source.rows("SELECT id FROM iris_data").forEach(row -> ids.add(((Number) row.get(0)).longValue()));
        return ids;
    }

    /** Waits until the topic holds {@code rows} records, or gains none for {@link #QUIET}. */
    private static void awaitTopic(String bootstrap, String topic, long rows) {
        try (TopicEndOffsets offsets = new TopicEndOffsets(bootstrap, topic)) {
            long start = System.nanoTime();
            long lastGain = start;
            long seen = -1;
            while (System.nanoTime() - start < DRAIN_TIMEOUT.toNanos()) {
                long now = SourceRun.recordsIn(offsets);
                if (now >= rows || System.nanoTime() - lastGain > QUIET.toNanos()) {
                    return;
                }
                if (now != seen) {
                    seen = now;
                    lastGain = System.nanoTime();
                }
                Pause.of(Duration.ofMillis(200));
            }
        }
    }
}
