package io.ferry.bench;

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
