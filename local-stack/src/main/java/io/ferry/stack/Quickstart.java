package io.ferry.stack;

import io.ferry.testing.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The seed's pipeline on this machine with nothing installed but a JDK: PostgreSQL with the
 * source and target databases, a Kafka broker, a Connect worker loading Ferry from
 * {@code connect-plugin/target/plugin}, the seed's data generator and the repository's
 * {@code connectors/*.json}; then a progress line every second until Ctrl-C, which stops
 * everything it started. Run it with {@code ./quickstart} at the repository root.
 */
public final class Quickstart {
    private static final long REPORT_INTERVAL_MS = 1_000;

    private final QuickstartOptions options;
    private final PrintStream out;
    private final StopSignal stop;

    Quickstart(QuickstartOptions options, PrintStream out, StopSignal stop) {
        this.options = options;
        this.out = out;
        this.stop = stop;
    }

    public static void main(String[] args) {
        QuickstartOptions options;
        try {
            options = QuickstartOptions.parse(args);
            requirePlugin(options.pluginPath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        emptyDirectory(options.workDir());
        // Before anything logs: the broker's and PostgreSQL's logs go to a file, not the console.
        System.setProperty("ferry.log.file", options.workDir().resolve("quickstart.log").toString());
        System.setProperty("log4j2.configurationFile", "ferry-stack-log4j2.xml");

        StopSignal stop = StopSignal.onJvmShutdown();
        int exitCode = new Quickstart(options, System.out, stop).run();
        stop.cleanedUp();
        if (!stop.requested()) {
            // Only a failed start ends without Ctrl-C; exiting during shutdown would block.
            System.exit(exitCode);
        }
    }

    /** Starts everything, reports until a stop is requested, stops everything; returns the exit code. */
    int run() {
        ShutdownSequence started = new ShutdownSequence(out);
        try {
            ProgressReporter progress = start(started);
            while (progress != null && !stop.awaitRequest(REPORT_INTERVAL_MS)) {
                String lines = progress.nextLines();
                // A line sampled while Ctrl-C stops the worker would only show it stopping.
                if (!stop.requested()) {
                    out.println(lines);
                }
            }
            return 0;
        } catch (RuntimeException e) {
            if (stop.requested()) {
                return 0; // a start cut short by Ctrl-C
            }
            out.println();
            out.println("Quickstart failed: " + e.getMessage());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                out.println("  caused by " + cause);
            }
            out.println("Logs are under " + options.workDir());
            return 1;
        } finally {
            out.println();
            started.stopAll();
            out.println("Stopped everything the quickstart started.");
            out.flush();
        }
    }

    /** Starts the pipeline step by step; null if a stop was requested on the way. */
    private ProgressReporter start(ShutdownSequence started) {
        Path dir = options.workDir();
        out.println("Ferry quickstart: the reference pipeline on 127.0.0.1, files under " + dir);
        IrisPostgres postgres = started.add("PostgreSQL", step(
            "Starting PostgreSQL 14 with mydatabase (source) and targetdatabase (target)",
            () -> IrisPostgres.start(dir.resolve("postgres"), false)));
        if (stop.requested()) {
            return null;
        }
        KafkaBroker broker = started.add("Kafka broker", step("Starting a Kafka broker (KRaft)",
            () -> KafkaBroker.start(dir.resolve("kafka"))));
        if (stop.requested()) {
            return null;
        }
        WorkerSettings settings = WorkerSettings.of(broker.bootstrapServers(), LocalStack.WORKER_GROUP,
            LocalPorts.free(), options.pluginPath());
        ConnectWorker worker = started.add("Connect worker", step(
            "Starting a Connect worker with plugin.path " + options.pluginPath(),
            () -> ConnectWorker.start(dir.resolve("connect"), settings)));
        if (stop.requested()) {
            return null;
        }
        IrisGenerator generator = step("Starting the data generator: one iris row every "
            + options.interval().toMillis() + " ms", () -> IrisGenerator.start(postgres.source(), options.interval()));
        started.add("data generator", () -> out.print(generator.stop() + " rows inserted, "));

        ConnectRestClient rest = new ConnectRestClient(worker.restUrl());
        ConnectorJson source = register(rest, "source_connector.json", postgres.source());
        ConnectorJson sink = register(rest, "sink_connector.json", postgres.target());
        String topic = source.config("topic.prefix") + source.config("table.whitelist");
        printWhereToLook(postgres, broker, worker, topic);

        Map<String, String> connectors = new LinkedHashMap<>();
        connectors.put("source", source.name());
        connectors.put("sink", sink.name());
        return started.add("progress view", new ProgressReporter(new IrisTableProbe(postgres.source()),
            new IrisTableProbe(postgres.target()), new TopicEndOffsets(broker.bootstrapServers(), topic),
            new ConnectorHealth(rest, connectors)));
    }

    /** POSTs connectors/{@code file} with its connection.url pointed at {@code database}. */
    private ConnectorJson register(ConnectRestClient rest, String file, Database database) {
        ConnectorJson connector = ConnectorJson.read(options.connectorFile(file)).pointedAt(database);
        step("Registering connectors/" + file + " as " + connector.name() + " (connection.url "
            + connector.config("connection.url") + ")", () -> rest.create(connector.asJson()));
        return connector;
    }

    private void printWhereToLook(IrisPostgres postgres, KafkaBroker broker, ConnectWorker worker, String topic) {
        Database source = postgres.source();
        Database target = postgres.target();
        out.println();
        out.println("Look around while it runs:");
        out.println("  Connect REST  " + worker.restUrl()
            + "    curl -s " + worker.restUrl() + "/connectors?expand=status");
        printDatabase("Source DB", source);
        printDatabase("Target DB", target);
        out.println("  Kafka         " + broker.bootstrapServers() + "    topic " + topic);
        out.println("  Logs          " + worker.logFile() + ", " + options.workDir().resolve("quickstart.log"));
        out.println();
        out.println("lag = source rows - target rows; latency = now - timestamp of the newest target row"
            + " (the generator's insert time).");
        out.println("Press Ctrl-C to stop everything.");
        out.println();
    }

    private void printDatabase(String label, Database db) {
        out.println(String.format("  %-12s  %s    user %s, password %s", label, db.url(), db.user(), db.password()));
        out.println(String.format("  %-12s  psql postgresql://%s:%s@%s:%d/%s", "", db.user(), db.password(),
            db.host(), db.port(), db.name()));
    }

    private <T> T step(String what, Supplier<T> action) {
        out.print(what + " ... ");
        out.flush();
        long start = System.nanoTime();
        try {
            T result = action.get();
            out.println(Elapsed.since(start));
            return result;
        } catch (RuntimeException e) {
            out.println(stop.requested() ? "cut short by Ctrl-C" : "failed");
            throw e;
        }
    }

    private static void requirePlugin(Path pluginPath) {
        if (!Files.isDirectory(pluginPath.resolve("ferry-connect-jdbc"))) {
            throw new IllegalArgumentException("No plugin folder " + pluginPath.resolve("ferry-connect-jdbc")
                + "; build it with ./mvnw package -DskipTests (./quickstart does)");
        }
    }

    /** A fresh run every time: the broker's storage is formatted and PostgreSQL initialised anew. */
    private static void emptyDirectory(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + dir, e);
        }
    }
}
