package io.ferry.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The whole pipeline of the seed on this machine: a KRaft broker, PostgreSQL with the source
 * and target databases, and a distributed Connect worker (its own JVM) that loads plugins only
 * from {@code pluginPath}, or a cluster of such workers in one group. Everything binds
 * 127.0.0.1; files live under {@code workDir}.
 */
public final class LocalStack implements AutoCloseable {
    /** The seed's Connect group; the storage topics are named after it. */
    public static final String WORKER_GROUP = "docker-connect-group";

    private final KafkaBroker broker;
    private final IrisPostgres postgres;
    private final ConnectCluster cluster;

    private LocalStack(KafkaBroker broker, IrisPostgres postgres, ConnectCluster cluster) {
        this.broker = broker;
        this.postgres = postgres;
        this.cluster = cluster;
    }

    public static LocalStack start(Path workDir, Path pluginPath) {
        return start(workDir, pluginPath, ConnectRuntime.bundled(), UnaryOperator.identity());
    }

    /** As {@link #start(Path, Path)}, the worker running on {@code workerRuntime}. */
    public static LocalStack start(Path workDir, Path pluginPath, ConnectRuntime workerRuntime) {
        return start(workDir, pluginPath, workerRuntime, UnaryOperator.identity());
    }

    /** A stack whose worker runs with {@code workerSettings} applied to the seed's settings. */
    public static LocalStack start(Path workDir, Path pluginPath, UnaryOperator<WorkerSettings> workerSettings) {
        return start(workDir, pluginPath, ConnectRuntime.bundled(), workerSettings);
    }

    /** A stack whose worker runs on {@code workerRuntime} with {@code workerSettings} applied. */
    public static LocalStack start(Path workDir, Path pluginPath, ConnectRuntime workerRuntime,
                                   UnaryOperator<WorkerSettings> workerSettings) {
        return start(workDir, pluginPath, workerRuntime, workerSettings, 1);
    }

    /**
     * A stack with {@code workers} Connect workers in the seed's group, each on a REST port of
     * its own, running on {@code workerRuntime} with {@code workerSettings} applied to the seed's.
     */
    public static LocalStack start(Path workDir, Path pluginPath, ConnectRuntime workerRuntime,
                                   UnaryOperator<WorkerSettings> workerSettings, int workers) {
        IrisPostgres postgres = IrisPostgres.start(workDir.resolve("postgres"));
        KafkaBroker broker = null;
        try {
            KafkaBroker started = KafkaBroker.start(workDir.resolve("kafka"));
            broker = started;
            ConnectCluster cluster = ConnectCluster.start(workDir, workers, port -> workerSettings.apply(
                WorkerSettings.of(started.bootstrapServers(), WORKER_GROUP, port, pluginPath)), workerRuntime);
            return new LocalStack(broker, postgres, cluster);
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            postgres.close();
            throw e;
        }
    }

    public KafkaBroker broker() {
        return broker;
    }

    public IrisPostgres postgres() {
        return postgres;
    }

    /** The stack's only worker; a stack of several workers has {@link #cluster()} instead. */
    public ConnectWorker worker() {
        List<ConnectWorker> workers = cluster.workers();
        if (workers.size() != 1) {
            throw new IllegalStateException("This stack has " + workers.size() + " workers: pick one from cluster()");
        }
        return workers.get(0);
    }

    public ConnectCluster cluster() {
        return cluster;
    }

    /** REST calls to a running worker (any worker answers for the whole cluster). */
    public ConnectRestClient rest() {
        return cluster.rest();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } finally {
            try {
                broker.close();
            } finally {
                postgres.close();
            }
        }
    }
}
