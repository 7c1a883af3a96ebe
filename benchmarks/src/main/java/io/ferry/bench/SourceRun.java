package io.ferry.bench;

import io.ferry.stack.LocalStack;
import io.ferry.stack.TopicEndOffsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * One timed run of a source contender (W2, W2ts): it publishes the whole iris_data table to a
 * topic of its own, timed from connector creation until the topic holds one record per row, then,
 * untimed, the topic is read back and must hold each id once ({@link SourceDelivery}).
 */
final class SourceRun {
    private final LocalStack stack;
    private final String workload;
    private final int rows;

    SourceRun(LocalStack stack, String workload, int rows) {
        this.stack = stack;
        this.workload = workload;
        this.rows = rows;
    }

    /**
     * Rows/s of each contender by label: the contenders in turn, repetition by repetition (from
     * the warm-up round, not counted), each repetition ending with {@code afterEach} (e.g. a ceiling
     * measured in the same repetition) given the repetition.
     */
    Map<String, List<Double>> rates(List<Contender> contenders, BenchOptions options,
                                    BiConsumer<Map<String, List<Double>>, Integer> afterEach) {
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int rep = options.firstRepetition(); rep <= options.repetitions(); rep++) {
            for (Contender contender : contenders) {
                record(rates, contender.label(), rowsPerSecond(contender, rep), rep);
            }
            afterEach.accept(rates, rep);
        }
        return rates;
    }

    /** The contender's rows/s in repetition {@code rep}, under a connector name and topic of that repetition. */
    double rowsPerSecond(Contender contender, int rep) {
        String bootstrap = stack.broker().bootstrapServers();
        String name = contender.connectorName(workload, rep);
        String topic = IrisTopic.create(bootstrap, name + "-iris_data").name();
        try (TopicEndOffsets offsets = new TopicEndOffsets(bootstrap, topic)) {
            double seconds = new ConnectorRun(stack.rest()).secondsUntil(
                contender.tuned(contender.label(), Map.of("topic.prefix", name + "-")).document(name),
                rows, () -> recordsIn(offsets), SinkBenchmark.timeout(rows));
            new SourceDelivery(bootstrap).check(topic, rows);
            return rows / seconds;
        }
    }

    /** Adds {@code rate} to the label's figures, except in the warm-up round (0), which is only said. */
    void record(Map<String, List<Double>> rates, String label, double rate, int rep) {
        Progress.say("%s run %d: %-75s %,10.0f rows/s%s", workload.toUpperCase(java.util.Locale.ROOT), rep, label, rate,
            rep == 0 ? " (warm-up, not counted)" : "");
        if (rep == 0) {
            return;
        }
        rates.computeIfAbsent(label, k -> new ArrayList<>()).add(rate);
    }

    /** Records in the topic so far; 0 when the broker did not answer in time. */
    static long recordsIn(TopicEndOffsets offsets) {
        try {
            return offsets.records();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (TimeoutException e) {
            return 0;
        }
    }
}
