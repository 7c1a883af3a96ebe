package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.OutOfOrderWriters;
import io.ferry.testing.Pause;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5, scenario 1, on the real stack: hundreds of transaction pairs commit out of id order
 * (A takes id n and stays open 300 ms while B commits n + 1), with plain autocommit writers
 * alongside, while the source connector (incrementing mode, polling every 200 ms) and the upsert
 * sink run. A Confluent-lineage connector skips A's rows; Ferry publishes every row, once.
 */
class OutOfOrderCommitsStackIT {
    private static final Duration WRITING = Duration.ofSeconds(25);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void publishesEveryRowOnceWhileTransactionsCommitOutOfIdOrder() throws InterruptedException {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json")
            .pointedAt(stack.postgres().source())
            .with("poll.interval.ms", "200");
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        stack.rest().create(source.asJson());
        stack.rest().create(sink.asJson());
        new ConnectorStates(stack.rest()).awaitRunning(source.name(), sink.name());

        OutOfOrderWriters writers = OutOfOrderWriters.intoIrisData(stack.postgres().source());
        writers.start(6, 2);
        Pause.of(WRITING);
        writers.stop();

        DeliveryChecks checks = new DeliveryChecks(stack.get(), sink.name());
        checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        DeliveryFigures figures = checks.figures(TOPIC, false);
        System.out.println(figures.describe(String.format("OutOfOrderCommitsStackIT, %d out-of-order pairs (%d A rolled back)",
            writers.pairs(), writers.rolledBack())));
        assertThat(writers.pairs()).isGreaterThan(200);
        assertThat(figures.lost()).as(figures.describe("lost")).isZero();
        assertThat(figures.duplicated()).as(figures.describe("duplicated")).isZero();
        assertThat(figures.targetRows()).isEqualTo(figures.written());
    }
}
