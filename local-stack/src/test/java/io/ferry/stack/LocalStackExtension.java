package io.ferry.stack;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link LocalStack} for one test class, on a static field:
 * {@code @RegisterExtension static final LocalStackExtension stack = LocalStackExtension.bundled();}.
 * It starts before the class's first test (files under target/stack/<class>), stops after its
 * last, and then checks that no worker ever logged a database password.
 */
final class LocalStackExtension implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<ConnectRuntime> workerRuntime;
    private final UnaryOperator<WorkerSettings> workerSettings;
    private final int workers;
    private LocalStack stack;

    private LocalStackExtension(Supplier<ConnectRuntime> workerRuntime, UnaryOperator<WorkerSettings> workerSettings,
                                int workers) {
        this.workerRuntime = workerRuntime;
        this.workerSettings = workerSettings;
        this.workers = workers;
    }

    /** The seed's worker settings on the Kafka runtime this module bundles. */
    static LocalStackExtension bundled() {
        return new LocalStackExtension(ConnectRuntime::bundled, UnaryOperator.identity(), 1);
    }

    /** The worker running with {@code workerSettings} applied to the seed's. */
    static LocalStackExtension withWorkerSettings(UnaryOperator<WorkerSettings> workerSettings) {
        return new LocalStackExtension(ConnectRuntime::bundled, workerSettings, 1);
    }

    /** The worker running on {@code workerRuntime}, looked up when the stack starts. */
    static LocalStackExtension onWorkerRuntime(Supplier<ConnectRuntime> workerRuntime) {
        return new LocalStackExtension(workerRuntime, UnaryOperator.identity(), 1);
    }

    /** {@code workers} workers in one group, each running with {@code workerSettings} applied to the seed's. */
    static LocalStackExtension cluster(int workers, UnaryOperator<WorkerSettings> workerSettings) {
        return new LocalStackExtension(ConnectRuntime::bundled, workerSettings, workers);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack = StackUnderTest.start(context.getRequiredTestClass(), workerRuntime.get(), workerSettings, workers);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stack == null) {
            return; // it never started, and beforeAll reported why
        }
        LocalStack stopped = stack;
        stack = null;
        stopped.close();
        for (ConnectWorker worker : stopped.cluster().workers()) {
            PasswordsNeverLogged.in(new WorkerLog(worker.logFile()), stopped.postgres().source(),
                stopped.postgres().target());
        }
    }

    /** The running stack, for what takes a whole one. */
    LocalStack get() {
        if (stack == null) {
            throw new IllegalStateException("The stack runs only from before the class's first test to after its last");
        }
        return stack;
    }

    IrisPostgres postgres() {
        return get().postgres();
    }

    KafkaBroker broker() {
        return get().broker();
    }

    ConnectWorker worker() {
        return get().worker();
    }

    ConnectCluster cluster() {
        return get().cluster();
    }

    ConnectRestClient rest() {
        return get().rest();
    }
}
