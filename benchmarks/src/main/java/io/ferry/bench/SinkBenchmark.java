package io.ferry.bench;

import io.ferry.stack.Database;
import io.ferry.stack.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W1: the topic is filled once; then, repetition by repetition, each sink contender in turn
 * (A B C D, A B C D, ...) upserts every record into the emptied iris_data, timed from connector
 * creation until the last id is in the table; the two ceilings are measured in the same
 * repetition.
 */
final class SinkBenchmark {
    static final String TOPIC = "bench-w1-iris";
    static final String CONVERTER_CEILING = "Ceiling: consume + JsonConverter, 1 thread";
    static final String COPY_CEILING = "Ceiling: COPY into PostgreSQL";
    /**
     * The largest id written: cheap on the primary key while the sink writes, and final once it
     * is the last record's, as one task commits its batches in offset order (checked by a count).
     */
    private static final String MAX_ID = "SELECT max(id) FROM iris_data";

    private final LocalStack stack;
    private final BenchOptions options;

    SinkBenchmark(LocalStack stack, BenchOptions options) {
        this.stack = stack;
        this.options = options;
    }

    /** Rows per second by contender label (the ceilings included), one value per repetition. */
    Map<String, List<Double>> run() {
        int records = options.records();
        String bootstrap = stack.broker().bootstrapServers();
        Database target = stack.postgres().target();
        Progress.say("W1: producing %,d records into %s", records, TOPIC);
        IrisTopic.create(bootstrap, TOPIC).fill(records);
        List<Contender> contenders = SinkContenders.all(target, TOPIC);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        ConnectorRun runner = new ConnectorRun(stack.rest());
        // An untimed pass, so that the first repetition's ceiling is not measured on a cold JIT
        // while the worker's JVM has warmed up with every sink run before it.
        new ConverterCeiling(bootstrap).measure(TOPIC, records);
        for (int rep = 1; rep <= options.repetitions(); rep++) {
            for (Contender contender : contenders) {
                target.execute("TRUNCATE iris_data");
                double seconds;
                try (ScalarQuery maxId = new ScalarQuery(target, MAX_ID)) {
                    seconds = runner.secondsUntil(contender.document(contender.connectorName("w1", rep)),
                        records, maxId::value, timeout(records));
                }
                awaitCount(target, records);
                record(rates, contender.label(), records / seconds, rep);
            }
            record(rates, CONVERTER_CEILING, new ConverterCeiling(bootstrap).measure(TOPIC, records), rep);
            record(rates, COPY_CEILING, new CopyCeiling(target).measure(records), rep);
        }
        target.execute("TRUNCATE iris_data");
        return rates;
    }

    private static void record(Map<String, List<Double>> rates, String label, double rate, int rep) {
        Progress.say("W1 run %d: %-45s %,10.0f rows/s", rep, label, rate);
        rates.computeIfAbsent(label, k -> new ArrayList<>()).add(rate);
    }


    private static void awaitCount(Database target, int records) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long count;
        while ((count = target.count("iris_data")) != records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("iris_data holds " + count + " rows, not " + records);
            }
            ConnectorRun.sleep(200);
        }
    }

    /** Generous: 20 minutes for a million, never less than 3 minutes. */
    static Duration timeout(long records) {
        return Duration.ofSeconds(Math.max(180, records / 800));
    }
}
