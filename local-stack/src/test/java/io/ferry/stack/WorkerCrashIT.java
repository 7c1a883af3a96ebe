package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4 of issue 3: the worker process is SIGKILLed mid-stream (no graceful stop, no final
 * offset commit) and started again with the same configuration. The source may publish again
 * what it published since its last committed offset (Connect's at-least-once), so the check is:
 * no row lost, and with the upsert sink the target equals the source.
 */
class WorkerCrashIT {
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = StackUnderTest.start(WorkerCrashIT.class);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void losesNoRowWhenTheWorkerIsKilledAndRestarted() {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source());
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        assertThat(sink.config("insert.mode")).isEqualTo("upsert");
        ConnectorStates states = new ConnectorStates(stack.rest());
        Database target = stack.postgres().target();
        IrisGenerator generator = IrisGenerator.start(stack.postgres().source(), Duration.ofMillis(10));
        stack.rest().create(source.asJson());
        stack.rest().create(sink.asJson());
        states.awaitRunning(source.name(), sink.name());
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= 300,
            () -> "target has " + target.count("iris_data") + " rows, expected 300 or more before the crash");

        stack.worker().kill();
        Eventually.sleep(2_000);
        stack.worker().start();

        states.awaitRunning(source.name(), sink.name());
        long rowsAtRestart = stack.postgres().source().count("iris_data");
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= rowsAtRestart,
            () -> "target has " + target.count("iris_data") + " rows, source had " + rowsAtRestart + " at the restart");
        generator.stop();

        DeliveryChecks checks = new DeliveryChecks(stack, sink.name());
        checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        Map<Integer, Long> repeated = checks.assertTopicHasEverySourceRow(TOPIC);
        System.out.println("WorkerCrashIT: ids published again after the crash: " + repeated.size());
    }
}
