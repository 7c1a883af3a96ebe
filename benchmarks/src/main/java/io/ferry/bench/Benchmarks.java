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
 * summary into the README).
 */
public final class Benchmarks {
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
        Report report = new Report(System.getProperty("bench.command", "./benchmark"), options, Machine.describe());
        Charts charts = new Charts(createDirectories(out));
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
            if (options.runs("w1")) {
                Map<String, List<Double>> sink = new SinkBenchmark(stack, options).run();
                report.sink(sink);
                charts.rates("w1-sink.png", "W1 sink: upsert into iris_data (rows/s)", sink);
            }
            if (options.runs("w2")) {
                Optional<SourcePeer> peer = sourcePeer.map(p -> p.loadedBy(stack.rest()));
                Map<String, List<Double>> source = new SourceBenchmark(stack, options, peer).run();
                report.source(source, peer.map(SourcePeer::name));
                charts.rates("w2-source.png", "W2 source: table to topic (rows/s)", source);
            }
            if (options.runs("w3")) {
                List<LatencyLine> latency = new LatencyBenchmark(stack, options).run();
                report.latency(latency, options.latencySeconds());
                charts.latency("w3-latency.png", latency);
            }
        }
        report.finish(Machine.describe(), charts.written());
        System.out.println(report.markdown());
        write(out.resolve("results.md"), report.markdown());
        Progress.say("Wrote %s", out.resolve("results.md"));
        // The README summarises the committed results only, not a run written elsewhere.
        if (out.toAbsolutePath().normalize().equals(root.resolve("docs/benchmarks").toAbsolutePath().normalize())) {
            ReadmeSummary.update(root.resolve("README.md"), report.markdown());
            Progress.say("Updated the benchmark summary in %s", root.resolve("README.md"));
        }
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
