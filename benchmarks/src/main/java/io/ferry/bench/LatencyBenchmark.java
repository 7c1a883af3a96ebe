package io.ferry.bench;

import io.ferry.stack.LocalStack;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.IrisTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W3: the seed's pipeline (Ferry source, topic, Ferry sink) with a generator inserting rows at
 * a fixed rate; latency is each row's time from its insert in the source to its insert in the
 * target, which PostgreSQL stamps into an extra column of the target table. Every line (a rate and
 * a {@link SourcePolling}) runs once per repetition, the lines taking turns within a repetition.
 */
final class LatencyBenchmark {
    private static final String STAMP_COLUMN = "ALTER TABLE iris_data ADD COLUMN arrived_at timestamp "
        + "DEFAULT (clock_timestamp() AT TIME ZONE 'UTC')";
    private static final String PERCENTILES = "SELECT count(*), "
        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), max(ms) "
        + "FROM (SELECT extract(epoch FROM arrived_at - timestamp) * 1000 AS ms FROM iris_data "
        + "WHERE id > %d) latencies";
    private static final String DROP_TRIGGER = "DROP TRIGGER IF EXISTS ferry_wakeup ON iris_data";

    private final LocalStack stack;
    private final BenchOptions options;

    LatencyBenchmark(LocalStack stack, BenchOptions options) {
        this.stack = stack;
        this.options = options;
    }

    List<LatencyLine> run() {
        Database target = stack.postgres().target();
        target.execute(STAMP_COLUMN);
        Map<String, LatencyLine> lines = new LinkedHashMap<>();
        int phase = 0;
        try {
            for (int repetition = 1; repetition <= options.repetitions(); repetition++) {
                for (SourcePolling polling : SourcePolling.all()) {
                    for (int rate : options.latencyRates()) {
                        phase++;
                        Progress.say("W3 repetition %d of %d", repetition, options.repetitions());
                        lines.computeIfAbsent(polling.label() + "@" + rate, k -> new LatencyLine(rate, polling))
                            .add(measure(phase, rate, polling));
                    }
                }
            }
        } finally {
            IrisTable.recreateIn(target);
            stack.postgres().source().execute(DROP_TRIGGER);
        }
        return new ArrayList<>(lines.values());
    }

    private LatencyResult measure(int phase, int rate, SourcePolling polling) {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        source.execute("TRUNCATE iris_data RESTART IDENTITY");
        target.execute("TRUNCATE iris_data");
        String prefix = "bench-w3-" + phase + "-";
        String topic = IrisTopic.create(stack.broker().bootstrapServers(), prefix + "iris_data").name();
        String sourceName = prefix + "source";
        String sinkName = prefix + "sink";
        Map<String, String> sourceConfig = new LinkedHashMap<>(Map.of(
            "connector.class", SourceBenchmark.SOURCE_CLASS,
            "connection.url", source.url(), "connection.user", source.user(), "connection.password", source.password(),
            "table.whitelist", "iris_data", "mode", "incrementing", "incrementing.column.name", "id",
            "topic.prefix", prefix, "tasks.max", "1"));
        sourceConfig.putAll(polling.config());
        Map<String, String> sinkConfig = Map.of(
            "connector.class", SinkContenders.FERRY_CLASS,
            "connection.url", target.url(), "connection.user", target.user(), "connection.password", target.password(),
            "table.name.format", "iris_data", "topics", topic, "tasks.max", "1");
        stack.rest().create(new Contender("source", sourceConfig).document(sourceName));
        stack.rest().create(new Contender("sink", sinkConfig).document(sinkName));
        try {
            Progress.say("W3: %,d rows/s, %s, for %d s", rate, polling.label(), options.latencySeconds());
            TimedInserts inserts = TimedInserts.run(source, rate, options.latencySeconds());
            long inserted = inserts.inserted();
            awaitRows(target, inserted);
            List<Object> p = target.rows(String.format(PERCENTILES, inserts.warmUpRows())).get(0);
            LatencyResult result = new LatencyResult(rate, polling.label(), ((Number) p.get(0)).longValue(),
                number(p.get(1)), number(p.get(2)), number(p.get(3)));
            Progress.say("W3: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %,d rows (%,d inserted)",
                result.p50Millis(), result.p99Millis(), result.maxMillis(), result.rows(), inserted);
            return result;
        } finally {
            stack.rest().delete(sourceName);
            stack.rest().delete(sinkName);
            if (polling.createsTrigger()) {
                source.execute(DROP_TRIGGER); // the other lines' inserts must not pay for notifications
            }
        }
    }

    private static void awaitRows(Database target, long rows) {
        try (ScalarQuery count = new ScalarQuery(target, "SELECT count(*) FROM iris_data")) {
            Eventually.within(Duration.ofSeconds(120), () -> count.value() >= rows,
                () -> "The target holds " + count.value() + " of " + rows + " rows");
        }
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
