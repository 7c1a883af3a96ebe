package io.ferry.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** One W3 line (a rate and a way of polling) over its repetitions. */
final class LatencyLine {
    private final int rowsPerSecond;
    private final SourcePolling polling;
    private final List<LatencyResult> runs = new ArrayList<>();

    LatencyLine(int rowsPerSecond, SourcePolling polling) {
        this.rowsPerSecond = rowsPerSecond;
        this.polling = polling;
    }

    void add(LatencyResult run) {
        runs.add(run);
    }

    int rowsPerSecond() {
        return rowsPerSecond;
    }

    SourcePolling polling() {
        return polling;
    }

    int runs() {
        return runs.size();
    }

    Figure p50() {
        return figure(LatencyResult::p50Millis);
    }

    Figure p99() {
        return figure(LatencyResult::p99Millis);
    }

    Figure max() {
        return figure(LatencyResult::maxMillis);
    }

    Figure rows() {
        return figure(r -> r.rows());
    }

    /** e.g. {@code met (12 < 30)}, judged on the median p99; empty when the line has no target. */
    String target() {
        double target = polling.p99TargetMillis();
        if (Double.isNaN(target)) {
            return "";
        }
        double p99 = p99().median();
        return String.format(Locale.ROOT, "%s (p99 < %.0f)", p99 < target ? "met" : "missed by " + Math.round(p99 - target)
            + " ms", target);
    }

    private Figure figure(ToDoubleFunction<LatencyResult> value) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(value.applyAsDouble(r)));
        return Figure.of(values);
    }
}
