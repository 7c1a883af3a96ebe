package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.ferry.testing.IrisRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** What the build tells the end-to-end tests (failsafe system properties), and a fresh stack. */
final class StackUnderTest {
    static final String SOURCE_CLASS = "io.ferry.connect.source.PostgresSourceConnector";
    static final String SINK_CLASS = "io.ferry.connect.sink.PostgresSinkConnector";
    static final String TOPIC = IrisRecords.SEED_TOPIC;

    private StackUnderTest() {
    }

    /**
     * A new stack with its files under target/stack/{@code testClass}, its {@code workers}
     * workers running on {@code workerRuntime} with {@code workerSettings} applied to the seed's.
     */
    static LocalStack start(Class<?> testClass, ConnectRuntime workerRuntime,
                            UnaryOperator<WorkerSettings> workerSettings, int workers) {
        Path pluginPath = pluginPath();
        Path workDir = Paths.get(required("ferry.work.dir"), testClass.getSimpleName());
        deleteRecursively(workDir);
        return LocalStack.start(workDir, pluginPath, workerRuntime, workerSettings, workers);
    }

    /** connect-plugin/target/plugin: the worker's plugin.path, holding the folder ferry-connect-jdbc. */
    static Path pluginPath() {
        Path pluginPath = Paths.get(required("ferry.plugin.path"));
        if (!Files.isDirectory(pluginPath.resolve("ferry-connect-jdbc"))) {
            throw new IllegalStateException("No plugin folder under " + pluginPath
                + "; run `mvn package` for connect-plugin first");
        }
        return pluginPath;
    }

    /** A plugin.path folder holding debezium-core in a folder of its own (its transforms), copied by the build. */
    static Path debeziumPluginPath() {
        Path path = Paths.get(required("ferry.debezium.plugin.path"));
        if (!Files.isDirectory(path.resolve("debezium-core"))) {
            throw new IllegalStateException("No debezium-core plugin folder under " + path
                + "; run the tests through `mvn verify` (maven-dependency-plugin copies it)");
        }
        return path;
    }

    /** The Kafka 3.3.2 Connect runtime the build copied into a folder (src/test/kafka-3.3-worker). */
    static ConnectRuntime kafka33Runtime() {
        Path lib = Paths.get(required("ferry.kafka33.worker.lib"));
        if (!Files.isRegularFile(lib.resolve("connect-runtime-3.3.2.jar"))) {
            throw new IllegalStateException("No Kafka 3.3.2 Connect runtime in " + lib
                + "; run the tests through `mvn verify` (maven-invoker-plugin copies it)");
        }
        return ConnectRuntime.kafka3(lib);
    }

    /** Each connector class the worker lists in {@code GET /connector-plugins}, with its version. */
    static Map<String, String> pluginVersions(ConnectRestClient rest) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (JsonNode plugin : rest.connectorPlugins()) {
            versions.put(plugin.path("class").asText(), plugin.path("version").asText());
        }
        return versions;
    }

    static Path repoRoot() {
        return Paths.get(required("ferry.repo.root")).toAbsolutePath().normalize();
    }

    /** One of the seed's connector files, verbatim (test resources, copied from the seed). */
    static ConnectorJson seedConnector(String file) {
        java.net.URL resource = StackUnderTest.class.getResource("/seed/" + file);
        if (resource == null) {
            throw new IllegalStateException("No seed file " + file + " in test resources");
        }
        try {
            return ConnectorJson.read(Paths.get(resource.toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot locate seed file " + file, e);
        }
    }

    /** The repository's own connectors/{@code file}, as a user would POST it. */
    static ConnectorJson repoConnector(String file) {
        return ConnectorJson.read(repoRoot().resolve("connectors").resolve(file));
    }

    static String projectVersion() {
        return required("ferry.project.version");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven");
        }
        return value;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }
}
