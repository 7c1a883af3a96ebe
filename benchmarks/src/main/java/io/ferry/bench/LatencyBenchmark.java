package io.ferry.bench;

import io.ferry.stack.Database;
import io.ferry.stack.IrisGenerator;
import io.ferry.stack.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W3: the seed's pipeline (Ferry source, topic, Ferry sink) with a generator inserting rows at
 * a fixed rate; latency is each row's time from its insert in the source to its insert in the
 * target, which PostgreSQL stamps into an extra column of the target table.
 */
final class LatencyBenchmark {
    private static final String STAMP_COLUMN = "ALTER TABLE iris_data ADD COLUMN arrived_at timestamp "
        + "DEFAULT (clock_timestamp() AT TIME ZONE 'UTC')";
    private static final String PERCENTILES = "SELECT count(*), "
        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), max(ms) "
        + "FROM (SELECT extract(epoch FROM arrived_at - timestamp) * 1000 AS ms FROM iris_data "
        + "WHERE id > %d) latencies";
    /** Connect's default for the source's poll.interval.ms; null leaves the key out. */
    private static final Map<String, String> POLL_INTERVALS = pollIntervals();

    private final LocalStack stack;
    private final BenchOptions options;

    LatencyBenchmark(LocalStack stack, BenchOptions options) {
        this.stack = stack;
        this.options = options;
    }

    List<LatencyResult> run() {
        Database target = stack.postgres().target();
        target.execute(STAMP_COLUMN);
        List<LatencyResult> results = new ArrayList<>();
        int phase = 0;
        try {
            for (Map.Entry<String, String> poll : POLL_INTERVALS.entrySet()) {
                for (int rate : options.latencyRates()) {
                    phase++;
                    results.add(measure(phase, rate, poll.getKey(), poll.getValue()));
                }
            }
        } finally {
            target.recreateIrisTable();
        }
        return results;
    }

    private LatencyResult measure(int phase, int rate, String pollLabel, String pollMillis) {
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
        if (pollMillis != null) {
            sourceConfig.put("poll.interval.ms", pollMillis);
        }
        Map<String, String> sinkConfig = Map.of(
            "connector.class", SinkContenders.FERRY_CLASS,
            "connection.url", target.url(), "connection.user", target.user(), "connection.password", target.password(),
            "table.name.format", "iris_data", "topics", topic, "tasks.max", "1");
        stack.rest().create(new Contender("source", sourceConfig).document(sourceName));
        stack.rest().create(new Contender("sink", sinkConfig).document(sinkName));
        try {
            Progress.say("W3: %,d rows/s, poll.interval.ms %s, for %d s", rate, pollLabel, options.latencySeconds());
            IrisGenerator generator = IrisGenerator.atRate(source, rate);
            ConnectorRun.sleep(options.latencySeconds() * 1000L / 3);
            long warmUpRows = generator.inserted();
            ConnectorRun.sleep(options.latencySeconds() * 2000L / 3);
            long inserted = generator.stop();
            awaitRows(target, inserted);
            List<Object> p = target.rows(String.format(PERCENTILES, warmUpRows)).get(0);
            LatencyResult result = new LatencyResult(rate, pollLabel, ((Number) p.get(0)).longValue(),
                number(p.get(1)), number(p.get(2)), number(p.get(3)));
            Progress.say("W3: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %,d rows (%,d inserted)",
                result.p50Millis(), result.p99Millis(), result.maxMillis(), result.rows(), inserted);
            return result;
        } finally {
            stack.rest().delete(sourceName);
            stack.rest().delete(sinkName);
        }
    }

    private static void awaitRows(Database target, long rows) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (ScalarQuery count = new ScalarQuery(target, "SELECT count(*) FROM iris_data")) {
            long seen;
            while ((seen = count.value()) < rows) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The target holds " + seen + " of " + rows + " rows after 120 s");
                }
                ConnectorRun.sleep(200);
            }
        }
    }

    private static double number(Object value) {
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static Map<String, String> pollIntervals() {
        Map<String, String> intervals = new LinkedHashMap<>();
        intervals.put("5000 (default)", null);
        intervals.put("100", "100");
        return intervals;
    }
}
