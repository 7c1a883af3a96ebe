package io.ferry.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * Distributed Connect workers of one group, each in a JVM of its own with its own REST port on
 * 127.0.0.1: Connect shares the connectors and tasks among them, and moves those of a worker
 * that dies or stops to the others. A single-worker stack is a cluster of one.
 */
public final class ConnectCluster implements AutoCloseable {
    private final List<ConnectWorker> workers;

    private ConnectCluster(List<ConnectWorker> workers) {
        this.workers = List.copyOf(workers);
    }

    /**
     * Starts {@code size} workers at once and returns when all are healthy; worker {@code i}
     * (from 1) runs with {@code settingsForPort} of a free port of its own, its files under
     * {@code dir}/connect (one worker) or {@code dir}/connect-{@code i}. If one cannot start,
     * those that did are stopped.
     */
    public static ConnectCluster start(Path dir, int size, IntFunction<WorkerSettings> settingsForPort,
                                       ConnectRuntime runtime) {
        if (size < 1) {
            throw new IllegalArgumentException("A cluster needs at least one worker, not " + size);
        }
        int[] ports = LocalPorts.free(size);
        ExecutorService starters = Executors.newFixedThreadPool(size);
        try {
            List<CompletableFuture<ConnectWorker>> starts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Path workerDir = dir.resolve(size == 1 ? "connect" : "connect-" + (i + 1));
                WorkerSettings settings = settingsForPort.apply(ports[i]);
                starts.add(CompletableFuture.supplyAsync(() -> ConnectWorker.start(workerDir, settings, runtime), starters));
            }
            return new ConnectCluster(awaitAll(starts));
        } finally {
            starters.shutdown();
        }
    }

    private static List<ConnectWorker> awaitAll(List<CompletableFuture<ConnectWorker>> starts) {
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            starts.stream().filter(start -> !start.isCompletedExceptionally())
                .forEach(start -> start.join().close());
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
        List<ConnectWorker> started = new ArrayList<>();
        starts.forEach(start -> started.add(start.join()));
        return started;
    }

    /** Every worker, running or not: connect-1 first. */
    public List<ConnectWorker> workers() {
        return workers;
    }

    /** The workers running now. */
    public List<ConnectWorker> running() {
        List<ConnectWorker> running = new ArrayList<>();
        for (ConnectWorker worker : workers) {
            if (worker.isRunning()) {
                running.add(worker);
            }
        }
        return running;
    }

    /** The worker that calls itself {@code workerId} in the REST status. */
    public Optional<ConnectWorker> byWorkerId(String workerId) {
        return workers.stream().filter(w -> w.workerId().equals(workerId)).findFirst();
    }

    /**
     * A REST client whose every call goes to a worker running at the time (the first in
     * {@link #workers()} that runs; when none runs, to the first worker, and fails as a dead
     * worker's call does). Any worker answers for the cluster: one that is not the leader
     * forwards what only the leader may do.
     */
    public ConnectRestClient rest() {
        return new ConnectRestClient(() -> running().stream().findFirst().orElse(workers.get(0)).restUrl());
    }

    /** Stops every running worker gracefully, all at once, so that none takes over another's tasks. */
    @Override
    public void close() {
        ExecutorService stoppers = Executors.newFixedThreadPool(Math.max(1, workers.size()));
        try {
            CompletableFuture.allOf(workers.stream()
                .map(worker -> CompletableFuture.runAsync(worker::close, stoppers))
                .toArray(CompletableFuture[]::new)).join();
        } finally {
            stoppers.shutdown();
        }
    }
}
