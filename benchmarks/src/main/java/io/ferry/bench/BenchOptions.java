package io.ferry.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The suite's knobs, from system properties ({@code -Dbench.records=200000}): scale,
 * repetitions, which workloads, where the results go.
 */
final class BenchOptions {
    private final int records;
    private final int repetitions;
    private final boolean warmUp;
    private final Set<String> workloads;
    private final int latencySeconds;
    private final List<Integer> latencyRates;
    private final Path repoRoot;

    private BenchOptions(int records, int repetitions, boolean warmUp, Set<String> workloads, int latencySeconds,
                         List<Integer> latencyRates, Path repoRoot) {
        this.records = records;
        this.repetitions = repetitions;
        this.warmUp = warmUp;
        this.workloads = workloads;
        this.latencySeconds = latencySeconds;
        this.latencyRates = latencyRates;
        this.repoRoot = repoRoot;
    }

    static BenchOptions fromSystemProperties() {
        return new BenchOptions(
            Integer.parseInt(System.getProperty("bench.records", "1000000")),
            Integer.parseInt(System.getProperty("bench.repetitions", "3")),
            Boolean.parseBoolean(System.getProperty("bench.warmup", "true")),
            new TreeSet<>(Arrays.asList(System.getProperty("bench.workloads", "w1,w1x2,w2,w3").split(","))),
            Integer.parseInt(System.getProperty("bench.latency.seconds", "20")),
            Arrays.stream(System.getProperty("bench.latency.rates", "100,1000,5000").split(","))
                .map(String::trim).map(Integer::valueOf).toList(),
            Paths.get(System.getProperty("bench.repo.root", ".")).toAbsolutePath().normalize());
    }

    int records() {
        return records;
    }

    int repetitions() {
        return repetitions;
    }

    /**
     * The first repetition: 0 (an untimed warm-up round of every contender and ceiling, so that
     * no figure is taken on a cold JIT) unless {@code -Dbench.warmup=false}.
     */
    int firstRepetition() {
        return warmUp ? 0 : 1;
    }

    boolean runs(String workload) {
        return workloads.contains(workload);
    }

    /** How long each W3 run inserts rows, its first third being warm-up (9 lines x repetitions runs). */
    int latencySeconds() {
        return latencySeconds;
    }

    List<Integer> latencyRates() {
        return latencyRates;
    }

    Path repoRoot() {
        return repoRoot;
    }

    /** The properties as given, for the report. */
    String describe() {
        return String.format(java.util.Locale.ROOT,
            "-Dbench.records=%d -Dbench.repetitions=%d -Dbench.warmup=%s -Dbench.workloads=%s -Dbench.latency.seconds=%d -Dbench.latency.rates=%s",
            records, repetitions, warmUp, String.join(",", workloads), latencySeconds,
            latencyRates.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
    }
}
