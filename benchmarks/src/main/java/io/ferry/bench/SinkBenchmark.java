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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * W1: the topics are filled once; then, repetition by repetition, each sink contender in turn
 * (A B C D E, A B C D E, ...) upserts every record into the emptied iris_data (or, for the one
 * with auto.create, into the table it creates in place of the dropped one), timed from connector
 * creation until each partition's last record is in the table; the two ceilings are measured in
 * the same repetition. With workload {@code w1x2}, the tuned sinks also run with two tasks on a
 * topic of two partitions.
 */
final class SinkBenchmark {
    static final String TOPIC = "bench-w1-iris";
    static final String TOPIC_TWO_PARTITIONS = "bench-w1-iris-2p";
    static final String CONVERTER_CEILING = "Ceiling: consume + JsonConverter, 1 thread";
    static final String COPY_CEILING = "Ceiling: COPY into PostgreSQL";

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
        Set<Integer> lastIds = IrisTopic.create(bootstrap, TOPIC).fill(records);
        List<Contender> oneTask = SinkContenders.all(target, TOPIC);
        Set<Integer> lastIdsTwoPartitions = Set.of();
        List<Contender> twoTasks = List.of();
        if (options.runs("w1x2")) {
            Progress.say("W1: producing %,d records into %s (2 partitions)", records, TOPIC_TWO_PARTITIONS);
            lastIdsTwoPartitions = IrisTopic.create(bootstrap, TOPIC_TWO_PARTITIONS, 2).fill(records);
            twoTasks = SinkContenders.twoTasks(target, TOPIC_TWO_PARTITIONS);
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int rep = options.firstRepetition(); rep <= options.repetitions(); rep++) {
            for (Contender contender : oneTask) {
                record(rates, contender.label(), measure(contender, rep, lastIds), rep);
            }
            record(rates, CONVERTER_CEILING, new ConverterCeiling(bootstrap).measure(TOPIC, records), rep);
            record(rates, COPY_CEILING, new CopyCeiling(target).measure(records), rep);
            for (Contender contender : twoTasks) {
                record(rates, contender.label(), measure(contender, rep, lastIdsTwoPartitions), rep);
            }
        }
        target.execute("TRUNCATE iris_data");
        return rates;
    }

    /** Rows per second of one run of {@code contender} into the emptied table. */
    private double measure(Contender contender, int rep, Set<Integer> lastIds) {
        Database target = stack.postgres().target();
        int records = options.records();
        target.execute(contender.createsTable() ? "DROP TABLE iris_data" : "TRUNCATE iris_data");
        String lastWritten = "SELECT count(*) FROM iris_data WHERE id IN ("
            + lastIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        double seconds;
        try (ScalarQuery written = new ScalarQuery(target, lastWritten)) {
            seconds = new ConnectorRun(stack.rest()).secondsUntil(contender.document(contender.connectorName("w1", rep)),
                lastIds.size(), written::value, timeout(records));
        }
        awaitCount(target, records);
        if (contender.createsTable()) {
            IrisTable.recreateIn(target); // the others write into the seed's own table
        }
        return records / seconds;
    }

    private static void record(Map<String, List<Double>> rates, String label, double rate, int rep) {
        Progress.say("W1 run %d: %-45s %,10.0f rows/s%s", rep, label, rate, rep == 0 ? " (warm-up, not counted)" : "");
        if (rep == 0) {
            return;
        }
        rates.computeIfAbsent(label, k -> new ArrayList<>()).add(rate);
    }

    /** Every row is there once the last ones are (a check: a sink that skipped rows would fail it). */
    private static void awaitCount(Database target, int records) {
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") == records,
            () -> "iris_data holds " + target.count("iris_data") + " rows, not " + records);
    }

    /** Generous: 20 minutes for a million, never less than 3 minutes. */
    static Duration timeout(long records) {
        return Duration.ofSeconds(Math.max(180, records / 800));
    }
}
