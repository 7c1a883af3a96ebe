package io.ferry.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** W3's figures for one rate and poll interval: source commit to target row, over the measured rows. */
final class LatencyResult {
    private final int rowsPerSecond;
    private final String pollInterval;
    private final long rows;
    private final double p50Millis;
    private final double p99Millis;
    private final double maxMillis;

    LatencyResult(int rowsPerSecond, String pollInterval, long rows, double p50Millis, double p99Millis, double maxMillis) {
        this.rowsPerSecond = rowsPerSecond;
        this.pollInterval = pollInterval;
        this.rows = rows;
        this.p50Millis = p50Millis;
        this.p99Millis = p99Millis;
        this.maxMillis = maxMillis;
    }

    /** The figures of {@code millis}, one latency per measured row; percentiles interpolated as PostgreSQL's percentile_cont. */
    static LatencyResult of(int rowsPerSecond, String pollInterval, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new LatencyResult(rowsPerSecond, pollInterval, sorted.size(), percentile(sorted, 0.5),
            percentile(sorted, 0.99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        double position = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    int rowsPerSecond() {
        return rowsPerSecond;
    }

    String pollInterval() {
        return pollInterval;
    }

    long rows() {
        return rows;
    }

    double p50Millis() {
        return p50Millis;
    }

    double p99Millis() {
        return p99Millis;
    }

    double maxMillis() {
        return maxMillis;
    }
}
