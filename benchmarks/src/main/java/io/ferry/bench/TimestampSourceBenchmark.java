package io.ferry.bench;

import io.ferry.stack.LocalStack;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * W2ts: W2 in {@code mode=timestamp+incrementing} on (updated_at, id) over a
 * {@link TimestampedIrisTable} of N rows. W2's "defaults" and "tuned + producer" lines of Ferry,
 * each followed by the {@link SourcePeer} with the same config (but connector.class) and by Ferry
 * with the commit frontier off ({@code timestamp.commit.max.wait.ms=0}), which reads up to the
 * database's time as Confluent's connector does: the frontier's cost in rows/s.
 */
final class TimestampSourceBenchmark {
    static final String WORKLOAD = "w2ts";
    static final String FRONTIER_OFF = ", frontier off";
    /** The mode's keys, the same for every contender. */
    static final Map<String, String> MODE = Map.of("mode", "timestamp+incrementing",
        "timestamp.column.name", TimestampedIrisTable.COLUMN, "incrementing.column.name", "id");
    static final Map<String, String> NO_FRONTIER = Map.of("timestamp.commit.max.wait.ms", "0");

    private final LocalStack stack;
    private final BenchOptions options;
    private final Optional<SourcePeer> peer;

    TimestampSourceBenchmark(LocalStack stack, BenchOptions options, Optional<SourcePeer> peer) {
        this.stack = stack;
        this.options = options;
        this.peer = peer;
    }

    /** Rows/s by contender; leaves iris_data as the seed's table, empty. */
    Map<String, List<Double>> run() {
        int records = options.records();
        Database source = stack.postgres().source();
        Progress.say("W2ts: filling the source table with %,d rows", records);
        TimestampedIrisTable.createIn(source);
        try {
            TimestampedIrisTable.fill(source, records);
            return new SourceRun(stack, WORKLOAD, records).rates(contenders(source), options, (rates, rep) -> { });
        } finally {
            IrisTable.recreateIn(source);
        }
    }

    private List<Contender> contenders(Database source) {
        Contender common = SourceBenchmark.common(source).tuned(SourceBenchmark.FERRY, MODE);
        List<Contender> contenders = new ArrayList<>();
        for (String variant : SourceBenchmark.PEER_VARIANTS) {
            Contender ferry = common.tuned(SourceBenchmark.FERRY + " " + variant, SourceBenchmark.VARIANTS.get(variant));
            contenders.add(ferry);
            peer.ifPresent(p -> contenders.add(
                ferry.tuned(p.name() + " " + variant, Map.of("connector.class", p.connectorClass()))));
            contenders.add(ferry.tuned(ferry.label() + FRONTIER_OFF, NO_FRONTIER));
        }
        return contenders;
    }
}
