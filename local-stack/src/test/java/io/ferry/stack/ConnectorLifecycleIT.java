package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.Pause;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 3 of issue 3: what an operator does to running connectors over REST (pause, resume,
 * restart with tasks, delete and re-create under the same name) loses no row and repeats none.
 */
class ConnectorLifecycleIT {
    private static final Duration SETTLE = Duration.ofSeconds(2);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void pauseResumeRestartAndRecreateLoseAndRepeatNoRow() {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source());
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        ConnectRestClient rest = stack.rest();
        ConnectorStates states = new ConnectorStates(rest);
        TopicContents kafka = new TopicContents(stack.broker().bootstrapServers());
        IrisGenerator generator = IrisGenerator.start(stack.postgres().source(), Duration.ofMillis(10));
        rest.create(source.asJson());
        rest.create(sink.asJson());
        states.awaitRunning(source.name(), sink.name());
        awaitTargetRows(100, sink.name());

        rest.pause(source.name());
        rest.pause(sink.name());
        states.await(source.name(), "PAUSED", Duration.ofSeconds(30));
        states.await(sink.name(), "PAUSED", Duration.ofSeconds(30));
        Pause.of(SETTLE);
        int publishedWhilePaused = kafka.records(TOPIC).size();
        Pause.of(SETTLE);
        assertThat(kafka.records(TOPIC)).as("records published while the source is paused").hasSize(publishedWhilePaused);

        rest.resume(source.name());
        rest.resume(sink.name());
        states.awaitRunning(source.name(), sink.name());
        Pause.of(SETTLE);

        rest.restart(source.name(), true);
        rest.restart(sink.name(), true);
        Pause.of(SETTLE);
        states.awaitRunning(source.name(), sink.name());
        Pause.of(SETTLE);

        rest.delete(source.name());
        Pause.of(SETTLE);
        rest.create(source.asJson());
        states.awaitRunning(source.name());
        Pause.of(SETTLE);

        long inserted = generator.stop();
        assertThat(stack.postgres().source().count("iris_data")).isEqualTo(inserted);
        DeliveryChecks checks = new DeliveryChecks(stack.get(), sink.name());
        checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        checks.assertTopicHasEverySourceRowOnce(TOPIC);
        states.awaitRunning(source.name(), sink.name());
    }

    private static void awaitTargetRows(long rows, String sinkName) {
        Database target = stack.postgres().target();
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= rows,
            () -> "target has " + target.count("iris_data") + " rows, expected " + rows + " or more; sink "
                + new ConnectorStates(stack.rest()).describe(sinkName));
    }
}
