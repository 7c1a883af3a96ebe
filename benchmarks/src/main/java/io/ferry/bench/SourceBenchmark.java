package io.ferry.bench;

import io.ferry.stack.LocalStack;
import io.ferry.testing.Database;
import io.ferry.testing.IrisMeasures;
import io.ferry.testing.IrisTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * W2: the source's iris_data is filled once with N rows; then, repetition by repetition, each
 * source contender publishes the whole table (incrementing on id) to a topic of its own, timed
 * from connector creation until the topic holds N records (then, untimed, checked to hold each
 * id once), and the plain-producer ceiling is measured in the same repetition. With a
 * {@link SourcePeer}, the peer runs right after Ferry's line of the same settings (its config
 * keys are Confluent's, so Ferry's config applies as is), and once more streaming: Aiven's fork
 * sets no fetch size, so the PostgreSQL driver holds the whole result in the worker's heap,
 * where Confluent's own source sets the fetch size to batch.max.rows; the driver's
 * defaultRowFetchSize in the URL does the same for the fork.
 */
final class SourceBenchmark {
    static final String SOURCE_CLASS = "io.ferry.connect.source.PostgresSourceConnector";
    static final String FERRY = "Ferry source";
    /** The lines' settings on top of the common config, by the variant ending each label. */
    static final Map<String, Map<String, String>> VARIANTS = variants();
    /** The variants the peer runs too. */
    static final List<String> PEER_VARIANTS = List.of("defaults", "tuned + producer");
    /** The peer's extra line: {@link #STREAMED} reading with a fetch size of its batch.max.rows. */
    private static final String STREAMED = "tuned + producer";
    static final String PEER_STREAMING = STREAMED + ", fetch size 5000";
    static final String PRODUCER_CEILING = "Ceiling: JDBC read + JsonConverter + KafkaProducer, 1 thread";
    private static final String FILL = "INSERT INTO iris_data (" + IrisTable.INSERT_COLUMNS + ") "
        + "SELECT timestamp '2026-01-01' + g * interval '1 second', " + IrisMeasures.sqlRandomMeasures() + ", "
        + IrisMeasures.sqlRandomTarget() + " FROM generate_series(1, %d) g";

    private final LocalStack stack;
    private final BenchOptions options;

    private final Optional<SourcePeer> peer;

    SourceBenchmark(LocalStack stack, BenchOptions options, Optional<SourcePeer> peer) {
        this.stack = stack;
        this.options = options;
        this.peer = peer;
    }

    Map<String, List<Double>> run() {
        int records = options.records();
        Database source = stack.postgres().source();
        Progress.say("W2: filling the source table with %,d rows", records);
        source.execute("TRUNCATE iris_data RESTART IDENTITY", String.format(FILL, records), "VACUUM ANALYZE iris_data");
        List<Contender> contenders = contenders(source);
        SourceRun run = new SourceRun(stack, "w2", records);
        ProducerCeiling ceiling = new ProducerCeiling(source, stack.broker().bootstrapServers());
        return run.rates(contenders, options,
            (rates, rep) -> run.record(rates, PRODUCER_CEILING, ceiling.measure("bench-w2-ceiling-" + rep), rep));
    }

    private List<Contender> contenders(Database source) {
        Contender common = common(source);
        List<Contender> contenders = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> variant : VARIANTS.entrySet()) {
            Contender ferry = common.tuned(FERRY + " " + variant.getKey(), variant.getValue());
            contenders.add(ferry);
            if (peer.isEmpty() || !PEER_VARIANTS.contains(variant.getKey())) {
                continue;
            }
            String name = peer.get().name();
            Contender same = ferry.tuned(name + " " + variant.getKey(), Map.of("connector.class", peer.get().connectorClass()));
            contenders.add(same);
            if (STREAMED.equals(variant.getKey())) {
                contenders.add(same.tuned(name + " " + PEER_STREAMING,
                    Map.of("connection.url", source.url() + "?defaultRowFetchSize=5000")));
            }
        }
        return contenders;
    }

    private static Map<String, Map<String, String>> variants() {
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("defaults", Map.of());
        variants.put("tuned", Map.of("batch.max.rows", "5000"));
        variants.put("tuned + producer", Map.of("batch.max.rows", "5000",
            "producer.override.linger.ms", "10", "producer.override.batch.size", "262144"));
        return Collections.unmodifiableMap(variants);
    }

    /** The config every W2 line shares: Ferry, the source database, iris_data in incrementing mode on id, one task. */
    static Contender common(Database source) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", SOURCE_CLASS);
        c.put("connection.url", source.url());
        c.put("connection.user", source.user());
        c.put("connection.password", source.password());
        c.put("table.whitelist", "iris_data");
        c.put("mode", "incrementing");
        c.put("incrementing.column.name", "id");
        c.put("tasks.max", "1");
        return new Contender(FERRY, c);
    }
}
