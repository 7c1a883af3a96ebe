package io.ferry.stack;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The seed's pipeline on a fresh stack for one test class, on a static field (as
 * {@link LocalStackExtension}, which it runs on): the generator inserting a row every 10 ms,
 * and the repository's connectors/*.json (only the database hosts rewritten) created on the
 * worker. The generator stops before the stack does.
 */
final class SeedPipeline implements BeforeAllCallback, AfterAllCallback {
    private final LocalStackExtension stack;
    private IrisGenerator generator;
    private ConnectorJson source;
    private ConnectorJson sink;

    private SeedPipeline(LocalStackExtension stack) {
        this.stack = stack;
    }

    /** On a worker running on {@code workerRuntime}, looked up when the stack starts. */
    static SeedPipeline on(Supplier<ConnectRuntime> workerRuntime) {
        return new SeedPipeline(LocalStackExtension.onWorkerRuntime(workerRuntime));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack.beforeAll(context);
        generator = IrisGenerator.start(stack.postgres().source(), Duration.ofMillis(10));
        source = StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source());
        sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        stack.rest().create(source.asJson());
        stack.rest().create(sink.asJson());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (generator != null) {
                generator.close();
            }
        } finally {
            stack.afterAll(context);
        }
    }

    LocalStack stack() {
        return stack.get();
    }

    IrisGenerator generator() {
        return generator;
    }

    ConnectorJson source() {
        return source;
    }

    ConnectorJson sink() {
        return sink;
    }
}
