package io.ferry.stack;

import java.time.Duration;

/**
 * The seed's pipeline on a fresh stack: the generator inserting a row every 10 ms, and the
 * repository's connectors/*.json (only the database hosts rewritten) created on the worker.
 */
final class SeedPipeline implements AutoCloseable {
    private final LocalStack stack;
    private final IrisGenerator generator;
    private final ConnectorJson source;
    private final ConnectorJson sink;

    private SeedPipeline(LocalStack stack, IrisGenerator generator, ConnectorJson source, ConnectorJson sink) {
        this.stack = stack;
        this.generator = generator;
        this.source = source;
        this.sink = sink;
    }

    static SeedPipeline start(Class<?> testClass, ConnectRuntime workerRuntime) {
        LocalStack stack = StackUnderTest.start(testClass, workerRuntime);
        IrisGenerator generator = IrisGenerator.start(stack.postgres().source(), Duration.ofMillis(10));
        SeedPipeline pipeline = new SeedPipeline(stack, generator,
            StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source()),
            StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target()));
        try {
            stack.rest().create(pipeline.source.asJson());
            stack.rest().create(pipeline.sink.asJson());
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    LocalStack stack() {
        return stack;
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

    @Override
    public void close() {
        try {
            generator.close();
        } finally {
            stack.close();
        }
    }
}
