package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stack itself: a worker in its own JVM that sees the plugin folder and nothing else. */
class LocalStackIT {
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = StackUnderTest.start(LocalStackIT.class);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void workerAnswersConnectorPluginsFromThePluginFolder() {
        JsonNode plugins = stack.rest().connectorPlugins();

        assertThat(plugins.isArray()).as("GET /connector-plugins answers a list: %s", plugins).isTrue();
        assertThat(plugins.findValuesAsText("class"))
            .as("no Confluent or Ferry class reaches the worker except through plugin.path")
            .noneMatch(c -> c.startsWith("io.confluent"));
    }

    @Test
    void bothDatabasesAcceptTheirSeedLoginsAndHaveAnEmptyIrisTable() {
        assertThat(stack.postgres().source().count("iris_data")).isZero();
        assertThat(stack.postgres().target().count("iris_data")).isZero();
    }
}
