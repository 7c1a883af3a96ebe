package io.ferry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.UnaryOperator;

/** What the build tells the end-to-end tests (failsafe system properties), and a fresh stack. */
final class StackUnderTest {
    static final String SOURCE_CLASS = "io.ferry.connect.source.PostgresSourceConnector";
    static final String SINK_CLASS = "io.ferry.connect.sink.PostgresSinkConnector";
    static final String TOPIC = "postgres-source-iris_data";

    private StackUnderTest() {
    }

    /** A new stack with its files under target/stack/{@code testClass}. */
    static LocalStack start(Class<?> testClass) {
        return start(testClass, UnaryOperator.identity());
    }

    /** A new stack whose worker runs with {@code workerSettings} applied to the seed's. */
    static LocalStack start(Class<?> testClass, UnaryOperator<WorkerSettings> workerSettings) {
        Path pluginPath = Paths.get(required("ferry.plugin.path"));
        if (!Files.isDirectory(pluginPath.resolve("ferry-connect-jdbc"))) {
            throw new IllegalStateException("No plugin folder under " + pluginPath
                + "; run `mvn package` for connect-plugin first");
        }
        Path workDir = Paths.get(required("ferry.work.dir"), testClass.getSimpleName());
        deleteRecursively(workDir);
        return LocalStack.start(workDir, pluginPath, workerSettings);
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
