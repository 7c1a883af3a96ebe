package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.SINK_CLASS;
import static io.ferry.stack.StackUnderTest.SOURCE_CLASS;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 2 of issue 3: the user's two JSON files exactly as the seed has them (copied into
 * test resources), only {@code connector.class} swapped for Ferry's; the sink in the seed's plain
 * insert mode, so a row delivered twice would fail on the target's primary key.
 */
class SeedConfigsVerbatimIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void deliversEveryRowExactlyOnceWithTheSeedsOwnConfigs() {
        Database sourceDb = stack.postgres().source();
        Database targetDb = stack.postgres().target();
        ConnectorJson source = StackUnderTest.seedConnector("source_connector.json")
            .with("connector.class", SOURCE_CLASS).pointedAt(sourceDb);
        ConnectorJson sink = StackUnderTest.seedConnector("sink_connector.json")
            .with("connector.class", SINK_CLASS).pointedAt(targetDb);
        IrisGenerator generator = IrisGenerator.start(sourceDb, Duration.ofMillis(10));
        stack.rest().create(source.asJson());
        stack.rest().create(sink.asJson());
        ConnectorStates states = new ConnectorStates(stack.rest());
        states.awaitRunning(source.name(), sink.name());
        Eventually.within(Duration.ofSeconds(60), () -> targetDb.count("iris_data") >= 200,
            () -> "target has " + targetDb.count("iris_data") + " rows, expected 200 or more; sink "
                + states.describe(sink.name()));

        generator.stop();

        Eventually.within(Duration.ofSeconds(60), () -> targetDb.count("iris_data") >= sourceDb.count("iris_data"),
            () -> IrisRows.compare(sourceDb, targetDb) + "; sink " + states.describe(sink.name()));
        assertThat(ids(targetDb)).as("target ids, each once").isEqualTo(ids(sourceDb));
        assertThat(IrisRows.of(targetDb)).isEqualTo(IrisRows.of(sourceDb));
        states.awaitRunning(source.name(), sink.name());
    }

    private static List<Integer> ids(Database database) {
        return IrisRows.of(database).stream().map(IrisRows.Row::id).collect(Collectors.toList());
    }
}
