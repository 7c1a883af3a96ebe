package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stack itself: a worker in its own JVM that sees the plugin folder and nothing else. */
class LocalStackIT {
    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void workerFindsFerrysConnectorsOnlyThroughThePluginFolder() {
        JsonNode plugins = stack.rest().connectorPlugins();

        assertThat(plugins.findValuesAsText("class"))
            .as("GET /connector-plugins: %s", plugins)
            .contains(StackUnderTest.SOURCE_CLASS, StackUnderTest.SINK_CLASS);
        // The worker runs on this JVM's classpath, so the connectors it lists came from plugin.path.
        assertThatThrownBy(() -> Class.forName(StackUnderTest.SOURCE_CLASS))
            .as("Ferry's connectors on the stack's own classpath").isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void bothDatabasesAcceptTheirSeedLoginsAndHaveAnEmptyIrisTable() {
        assertThat(stack.postgres().source().count("iris_data")).isZero();
        assertThat(stack.postgres().target().count("iris_data")).isZero();
    }
}
