package io.ferry.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of W2ts's latency (the commit frontier on or off, with or without another writer's
 * long transactions) over its repetitions: W3's figures, and the rows each run lost.
 */
final class FrontierLine {
    private final boolean frontier;
    private final boolean longTransactions;
    private final LatencyLine latency;
    private final List<Double> lateRows = new ArrayList<>();
    private final List<Double> lost = new ArrayList<>();
    private final List<Double> duplicates = new ArrayList<>();

    FrontierLine(int rowsPerSecond, boolean frontier, boolean longTransactions) {
        this.frontier = frontier;
        this.longTransactions = longTransactions;
        this.latency = new LatencyLine(rowsPerSecond, SourcePolling.every100Millis());
    }

    /** A run's figures: its latencies, the late rows the other writer committed, the rows that never arrived and those that arrived twice. */
    void add(LatencyResult run, long lateRowsWritten, long rowsLost, long rowsTwice) {
        latency.add(run);
        lateRows.add((double) lateRowsWritten);
        lost.add((double) rowsLost);
        duplicates.add((double) rowsTwice);
    }

    boolean frontier() {
        return frontier;
    }

    boolean longTransactions() {
        return longTransactions;
    }

    LatencyLine latency() {
        return latency;
    }

    Figure lateRows() {
        return Figure.of(lateRows);
    }

    Figure lost() {
        return Figure.of(lost);
    }

    Figure duplicates() {
        return Figure.of(duplicates);
    }
}
