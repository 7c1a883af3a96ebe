package io.ferry.stack;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The whole pipeline of the seed on this machine: a KRaft broker, PostgreSQL with the source
 * and target databases, and a distributed Connect worker (its own JVM) that loads plugins only
 * from {@code pluginPath}. Everything binds 127.0.0.1; files live under {@code workDir}.
 */
public final class LocalStack implements AutoCloseable {
    /** The seed's Connect group; the storage topics are named after it. */
    public static final String WORKER_GROUP = "docker-connect-group";

    private final KafkaBroker broker;
    private final IrisPostgres postgres;
    private final ConnectWorker worker;

    private LocalStack(KafkaBroker broker, IrisPostgres postgres, ConnectWorker worker) {
        this.broker = broker;
        this.postgres = postgres;
        this.worker = worker;
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
        IrisPostgres postgres = IrisPostgres.start(workDir.resolve("postgres"));
        KafkaBroker broker = null;
        try {
            broker = KafkaBroker.start(workDir.resolve("kafka"));
            WorkerSettings settings = workerSettings.apply(WorkerSettings.of(broker.bootstrapServers(),
                WORKER_GROUP, LocalPorts.free(), pluginPath));
            ConnectWorker worker = ConnectWorker.start(workDir.resolve("connect"), settings, workerRuntime);
            return new LocalStack(broker, postgres, worker);
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

    public ConnectWorker worker() {
        return worker;
    }

    public ConnectRestClient rest() {
        return new ConnectRestClient(worker.restUrl());
    }

    @Override
    public void close() {
        try {
            worker.close();
        } finally {
            try {
                broker.close();
            } finally {
                postgres.close();
            }
        }
    }
}
