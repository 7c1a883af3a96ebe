package io.ferry.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A distributed Connect worker in a JVM of its own, so that it can be killed like a crashed
 * server (SIGKILL) and started again with the very same configuration.
 */
public final class ConnectWorker implements AutoCloseable {
    private static final String MAIN_CLASS = "org.apache.kafka.connect.cli.ConnectDistributed";
    /**
     * Generous: a worker starts in seconds on a quiet machine, but three starting at once on two
     * cores shared with other builds took up to 90 s.
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final WorkerSettings settings;
    private final ConnectRuntime runtime;
    private final Path configFile;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ChildJvm jvm;
    /** Set once a start found the worker healthy, cleared when a kill or stop begins. */
    private volatile boolean serving;
    private int starts;

    private ConnectWorker(WorkerSettings settings, ConnectRuntime runtime, Path configFile, Path logFile) {
        this.settings = settings;
        this.runtime = runtime;
        this.configFile = configFile;
        this.logFile = logFile;
    }

    /** Writes the worker's properties under {@code dir} and starts it; returns once it is healthy. */
    public static ConnectWorker start(Path dir, WorkerSettings settings) {
        return start(dir, settings, ConnectRuntime.bundled());
    }

    /** As {@link #start(Path, WorkerSettings)}, the worker running on {@code runtime}. */
    public static ConnectWorker start(Path dir, WorkerSettings settings, ConnectRuntime runtime) {
        Path configFile = dir.resolve("worker.properties");
        WorkerSettings adapted = runtime.adapt(settings);
        PropertiesFile.write(adapted.asMap(), configFile, "Connect worker of Ferry's local stack");
        ConnectWorker worker = new ConnectWorker(adapted, runtime, configFile, dir.resolve("worker.log"));
        worker.start();
        return worker;
    }

    /** Starts the worker process (again), with the same configuration, and waits until healthy. */
    public synchronized void start() {
        if (jvm != null && jvm.isAlive()) {
            throw new IllegalStateException("Worker " + jvm + " is already running");
        }
        starts++;
        jvm = ChildJvm.start("connect-worker-" + starts, logFile, runtime, MAIN_CLASS, List.of(configFile.toString()));
        try {
            awaitHealthy();
            serving = true;
        } catch (RuntimeException e) {
            jvm.kill();
            throw e;
        }
    }

    /** SIGKILL: no graceful shutdown, no final offset commit. */
    public synchronized void kill() {
        serving = false;
        jvm.kill();
    }

    /** A graceful shutdown, as {@code kill -TERM} on a real worker. */
    public synchronized void stop() {
        serving = false;
        jvm.stop(60);
    }

    /** A graceful stop, then a start with the same configuration; returns once healthy again. */
    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * True from the moment a start found the worker healthy until a kill or stop begins, while
     * its JVM lives: a worker that can answer REST calls. Never waits for a start in progress.
     */
    public boolean isRunning() {
        ChildJvm current = jvm;
        return serving && current != null && current.isAlive();
    }

    /** The process id of the running worker JVM, e.g. to sample its memory. */
    public synchronized long pid() {
        return jvm.pid();
    }

    public String restUrl() {
        return settings.restUrl();
    }

    /**
     * How the worker names itself in {@code GET /connectors/{name}/status} ({@code worker_id}):
     * its advertised REST host and port.
     */
    public String workerId() {
        return settings.workerId();
    }

    /** A REST client of this worker alone (another worker's client reaches the same cluster). */
    public ConnectRestClient rest() {
        return new ConnectRestClient(restUrl());
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (jvm != null && jvm.isAlive()) {
            stop();
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(URI.create(restUrl() + runtime.readinessPath()))
            .timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("Connect worker " + jvm + " exited during start; see " + logFile);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the REST server is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the Connect worker", e);
            }
            pause();
        }
        throw new IllegalStateException("Connect worker " + jvm + " not healthy after "
            + START_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    @Override
    public String toString() {
        return "worker " + workerId();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
