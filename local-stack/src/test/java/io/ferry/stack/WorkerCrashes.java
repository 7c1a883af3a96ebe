package io.ferry.stack;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.Pause;
import java.time.Duration;

/**
 * Kills the stack's worker (SIGKILL: no graceful stop, no final offset commit) while rows
 * flow, several times, starting it again each time once the target has grown since the last
 * start, so that every crash lands mid-stream.
 */
final class WorkerCrashes {
    private static final Duration ROWS_FLOW_TIMEOUT = Duration.ofSeconds(90);

    private final LocalStack stack;
    private final ConnectorStates states;
    private final String[] connectors;

    WorkerCrashes(LocalStack stack, String... connectors) {
        this.stack = stack;
        this.states = new ConnectorStates(stack.rest());
        this.connectors = connectors;
    }

    /**
     * The seed's pipeline with {@code source} and the repository's upsert sink while the data
     * generator inserts a row every 10 ms, through {@code times} crashes, 200 rows apart; returns
     * once the generator stopped and the target equals the source.
     */
    static DeliveryChecks seedPipelineThrough(LocalStack stack, ConnectorJson source, int times) {
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        IrisGenerator generator = IrisGenerator.start(stack.postgres().source(), Duration.ofMillis(10));
        try {
            stack.rest().create(source.asJson());
            stack.rest().create(sink.asJson());
            new ConnectorStates(stack.rest()).awaitRunning(source.name(), sink.name());
            WorkerCrashes crashes = new WorkerCrashes(stack, source.name(), sink.name());
            crashes.crash(times, 200);
            crashes.awaitCaughtUp();
            generator.stop();
        } finally {
            generator.close();
        }
        DeliveryChecks checks = new DeliveryChecks(stack, sink.name());
        checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        return checks;
    }

    /** {@code times} crashes, each after the target gained {@code rowsBetween} rows; returns once running again. */
    void crash(int times, long rowsBetween) {
        Database target = stack.postgres().target();
        for (int crash = 1; crash <= times; crash++) {
            int i = crash;
            long expected = target.count("iris_data") + rowsBetween;
            Eventually.within(ROWS_FLOW_TIMEOUT, () -> target.count("iris_data") >= expected,
                () -> "target has " + target.count("iris_data") + " rows, expected " + expected
                    + " before crash " + i + "; source " + states.describe(connectors[0]));
            stack.worker().kill();
            System.out.printf("crash %d of %d: worker killed with %d rows in the source, %d in the target%n",
                i, times, stack.postgres().source().count("iris_data"), target.count("iris_data"));
            Pause.of(Duration.ofSeconds(1));
            stack.worker().start();
            states.awaitRunning(connectors);
        }
    }

    /** Waits until the target has every row the source had when this was called. */
    void awaitCaughtUp() {
        Database target = stack.postgres().target();
        long rows = stack.postgres().source().count("iris_data");
        Eventually.within(ROWS_FLOW_TIMEOUT, () -> target.count("iris_data") >= rows,
            () -> "target has " + target.count("iris_data") + " rows, source had " + rows);
    }
}
