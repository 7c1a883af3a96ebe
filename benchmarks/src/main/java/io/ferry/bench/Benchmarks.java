package io.ferry.bench;

import io.ferry.stack.ConnectRuntime;
import io.ferry.stack.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmark suite of issue 6 (run by {@code ./benchmark}): starts one local stack whose
 * worker loads Ferry, Debezium's JDBC sink and, if given, a Confluent-lineage source, runs W1 (sink), W2 (source) and W3 (latency),
 * prints the markdown report to stdout and writes it, with charts, to docs/benchmarks/ (and its
 * summary into the README). W2ts (timestamp+incrementing source and the commit frontier's cost,
 * issue 11), when asked for, goes to a file of its own beside it.
 */
public final class Benchmarks {
    /** The workloads of results.md (and the README's summary); a run of none of them leaves both alone. */
    static final List<String> MAIN_WORKLOADS = List.of("w1", "w1x2", "w2", "w3");
    /** W2ts's file beside results.md, so that a run of W2ts alone keeps the other workloads' figures. */
    static final String TIMESTAMP_RESULTS = "results-w2ts.md";
    private Benchmarks() {
    }

    public static void main(String[] args) {
        BenchOptions options = BenchOptions.fromSystemProperties();
        Path root = options.repoRoot();
        Path ferryPlugins = existing(root.resolve("connect-plugin/target/plugin/ferry-connect-jdbc")).getParent();
        Path peerPlugins = existing(root.resolve("benchmarks/target/peer-plugins/debezium-connector-jdbc")).getParent();
        Optional<SourcePeer> sourcePeer = SourcePeer.fromSystemProperties();
        String pluginPath = ferryPlugins + "," + peerPlugins
            + sourcePeer.map(p -> "," + p.pluginPathEntry()).orElse("");
        Path workDir = root.resolve("benchmarks/target/bench-stack");
        Path out = root.resolve(System.getProperty("bench.output.dir", "docs/benchmarks"));
        deleteRecursively(workDir);
        String command = System.getProperty("bench.command", "./benchmark");
        Report report = new Report(command, options, Machine.describe());
        Charts charts = new Charts(createDirectories(out));
        Report timestamps = new Report("Ferry benchmarks: W2ts, timestamp+incrementing source", "rows (W2ts)", command,
            options, Machine.describe());
        Charts timestampCharts = new Charts(out);
        Progress.say("Starting the stack under %s", workDir);
        List<String> workerJvm = new ArrayList<>(List.of("-XX:TieredStopAtLevel=4"));
        // e.g. -Dbench.worker.jvm=-XX:StartFlightRecording=filename=/tmp/w.jfr to profile the worker
        workerJvm.addAll(Arrays.asList(System.getProperty("bench.worker.jvm", "").split("\\s+")));
        workerJvm.removeIf(String::isEmpty);
        ConnectRuntime runtime = ConnectRuntime.bundled().withJvmOptions(workerJvm);
        try (LocalStack stack = LocalStack.start(workDir, ferryPlugins, runtime, settings -> settings
                .with("plugin.path", pluginPath)
                .with("connector.client.config.override.policy", "All")
                // Connect's default, as in production (the test stack commits every second)
                .with("offset.flush.interval.ms", "60000"))) {
            Optional<SourcePeer> peer = sourcePeer.map(p -> p.loadedBy(stack.rest()));
            if (options.runs("w1")) {
                Map<String, List<Double>> sink = new SinkBenchmark(stack, options).run();
                report.sink(sink);
                charts.rates("w1-sink.png", "W1 sink: upsert into iris_data (rows/s)", sink);
            }
            if (options.runs("w2")) {
                Map<String, List<Double>> source = new SourceBenchmark(stack, options, peer).run();
                report.source(source, peer.map(SourcePeer::name));
                charts.rates("w2-source.png", "W2 source: table to topic (rows/s)", source);
            }
            if (options.runs("w3")) {
                List<LatencyLine> latency = new LatencyBenchmark(stack, options).run();
                report.latency(latency, options.latencySeconds());
                charts.latency("w3-latency.png", latency);
            }
            if (options.runs(TimestampSourceBenchmark.WORKLOAD)) {
                Map<String, List<Double>> source = new TimestampSourceBenchmark(stack, options, peer).run();
                timestamps.timestampSource(source, peer.map(SourcePeer::name));
                timestampCharts.rates("w2ts-source.png", "W2ts source: timestamp+incrementing, table to topic (rows/s)", source);
                timestamps.frontierLatency(new FrontierLatency(stack, options).run(), options.latencySeconds());
            }
        }
        if (MAIN_WORKLOADS.stream().anyMatch(options::runs)) {
            publish(report, charts, out.resolve("results.md"));
            // The README summarises the committed results only, not a run written elsewhere.
            if (out.toAbsolutePath().normalize().equals(root.resolve("docs/benchmarks").toAbsolutePath().normalize())) {
                ReadmeSummary.update(root.resolve("README.md"), report.markdown());
                Progress.say("Updated the benchmark summary in %s", root.resolve("README.md"));
            }
        }
        if (options.runs(TimestampSourceBenchmark.WORKLOAD)) {
            publish(timestamps, timestampCharts, out.resolve(TIMESTAMP_RESULTS));
        }
    }

    /** Finishes {@code report}, prints it and writes it to {@code file}. */
    private static void publish(Report report, Charts charts, Path file) {
        report.finish(Machine.describe(), charts.written());
        System.out.println(report.markdown());
        write(file, report.markdown());
        Progress.say("Wrote %s", file);
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No " + dir + "; build with ./benchmark (mvn -Pbench package)");
        }
        return dir;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }
}
