package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.SOURCE_CLASS;
import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5, scenario 3: with the worker's {@code exactly.once.source.support=enabled} (KIP-618),
 * each poll's records and their source offsets are committed in one Kafka transaction. Three
 * SIGKILLs mid-stream then leave no duplicate in the topic as a {@code read_committed} consumer
 * reads it: the transaction open at the kill is aborted, and the restarted task resumes after the
 * last committed offset.
 */
class ExactlyOnceSourceIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.withWorkerSettings(WorkerSettings::withExactlyOnceSource);

    @Test
    void publishesEveryRowExactlyOnceThoughTheWorkerIsKilledThreeTimes() {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json")
            .pointedAt(stack.postgres().source())
            .with("exactly.once.support", "required");

        DeliveryChecks checks = WorkerCrashes.seedPipelineThrough(stack.get(), source, 3);

        DeliveryFigures committed = checks.figures(TOPIC, true);
        DeliveryFigures everything = checks.figures(TOPIC, false);
        System.out.println(committed.describe("ExactlyOnceSourceIT, 3 SIGKILLs, read_committed"));
        System.out.println(everything.describe("ExactlyOnceSourceIT, 3 SIGKILLs, read_uncommitted (aborted included)"));
        assertThat(committed.lost()).as(committed.describe("lost")).isZero();
        assertThat(committed.duplicated()).as(committed.describe("duplicated")).isZero();
        assertThat(committed.targetRows()).isEqualTo(committed.written());
    }

    @Test
    void refusesABulkSourceThatRequiresExactlyOnce() {
        Map<String, String> config = StackUnderTest.repoConnector("source_connector.json")
            .pointedAt(stack.postgres().source())
            .with("mode", "bulk")
            .with("exactly.once.support", "required")
            .configMap();
        config.put("name", "bulk-exactly-once");

        ValidationResult result = new ValidationResult(stack.rest().validate(SOURCE_CLASS, config));

        System.out.println("ExactlyOnceSourceIT: bulk with exactly.once.support=required -> " + result);
        assertThat(result.errors("exactly.once.support")).isNotEmpty();
    }
}
