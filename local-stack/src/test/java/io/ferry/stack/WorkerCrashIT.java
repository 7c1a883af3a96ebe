package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5, scenario 2: the worker process is SIGKILLed mid-stream three times (no graceful
 * stop, no final offset commit) and started again with the same configuration each time. The
 * source may publish again what it published since its last committed offset (Connect's
 * at-least-once), so the check is: no row lost, and with the upsert sink the target equals the
 * source.
 */
class WorkerCrashIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void losesNoRowWhenTheWorkerIsKilledAndRestartedThreeTimes() {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source());

        DeliveryChecks checks = WorkerCrashes.seedPipelineThrough(stack.get(), source, 3);

        DeliveryFigures figures = checks.figures(TOPIC, false);
        System.out.println(figures.describe("WorkerCrashIT, 3 SIGKILLs"));
        assertThat(figures.lost()).as(figures.describe("lost")).isZero();
        assertThat(figures.targetRows()).isEqualTo(figures.written());
    }
}
