package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.SINK_CLASS;
import static io.ferry.stack.StackUnderTest.SOURCE_CLASS;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The oldest worker Ferry supports: a Kafka 3.3.2 Connect worker (Confluent Platform 7.3, the
 * seed's image), with Kafka 3.3's own jars and logging (slf4j 1.7 + reload4j) and scanning
 * plugin.path, runs the seed's pipeline against the stack's Kafka 4 broker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OldestWorkerIT {
    @RegisterExtension
    static final SeedPipeline pipeline = SeedPipeline.on(StackUnderTest::kafka33Runtime);

    @Test
    @Order(1)
    void isAKafka332Worker() {
        assertThat(rest().serverInfo().path("version").asText()).isEqualTo("3.3.2");
    }

    @Test
    @Order(2)
    void listsBothFerryConnectorsWithTheProjectVersion() {
        assertThat(StackUnderTest.pluginVersions(rest()))
            .containsEntry(SOURCE_CLASS, StackUnderTest.projectVersion())
            .containsEntry(SINK_CLASS, StackUnderTest.projectVersion());
    }

    @Test
    @Order(3)
    void runsBothConnectorsAndAllTheirTasks() {
        new ConnectorStates(rest()).awaitRunning(pipeline.source().name(), pipeline.sink().name());
    }

    @Test
    @Order(4)
    void validatesTheRepositorysConnectorsWithoutErrors() {
        assertThat(validate(SOURCE_CLASS, pipeline.source()).errorsByKey()).isEmpty();
        assertThat(validate(SINK_CLASS, pipeline.sink()).errorsByKey()).isEmpty();
    }

    @Test
    @Order(5)
    void rejectsAnUnknownModeOnTheModeKey() {
        ValidationResult result = validate(SOURCE_CLASS, pipeline.source().with("mode", "incrementall"));

        assertThat(result.errors("mode")).as("errors on mode in %s", result).isNotEmpty();
        assertThat(String.join(" ", result.errors("mode"))).contains("incrementall").contains("incrementing");
    }

    @Test
    @Order(6)
    void resumesFromItsCommittedOffsetsAfterAGracefulRestartWhileRowsKeepComing() {
        Database target = pipeline.stack().postgres().target();
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= 100,
            () -> "target has " + target.count("iris_data") + " rows while the generator runs, expected 100 or more");

        pipeline.stack().worker().stop();
        pipeline.stack().worker().start();

        new ConnectorStates(rest()).awaitRunning(pipeline.source().name(), pipeline.sink().name());
        long rowsAtRestart = pipeline.stack().postgres().source().count("iris_data");
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= rowsAtRestart,
            () -> "target has " + target.count("iris_data") + " rows, source had " + rowsAtRestart + " at the restart");
    }

    @Test
    @Order(7)
    void targetEqualsSourceInEveryColumnOnceTheGeneratorStops() {
        long inserted = pipeline.generator().stop();

        assertThat(inserted).isEqualTo(pipeline.stack().postgres().source().count("iris_data"));
        DeliveryChecks checks = new DeliveryChecks(pipeline.stack(), pipeline.sink().name());
        checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        DeliveryFigures figures = checks.figures(StackUnderTest.TOPIC, false);
        System.out.println(figures.describe("OldestWorkerIT"));
        assertThat(figures.lost()).as(figures.describe(StackUnderTest.TOPIC)).isZero();
    }

    private static ConnectRestClient rest() {
        return pipeline.stack().rest();
    }

    /** The validate call a user makes with a connector document: its config and its name. */
    private static ValidationResult validate(String connectorClass, ConnectorJson connector) {
        Map<String, String> config = connector.configMap();
        config.put("name", connector.name());
        return new ValidationResult(rest().validate(connectorClass, config));
    }
}
