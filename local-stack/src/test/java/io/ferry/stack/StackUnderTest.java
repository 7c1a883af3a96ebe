package io.ferry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** What the build tells the end-to-end tests (failsafe system properties), and a fresh stack. */
final class StackUnderTest {
    static final String SOURCE_CLASS = "io.ferry.connect.source.PostgresSourceConnector";
    static final String SINK_CLASS = "io.ferry.connect.sink.PostgresSinkConnector";
    static final String TOPIC = "postgres-source-iris_data";

    private StackUnderTest() {
    }

    /** A new stack with its files under target/stack/{@code testClass}. */
    static LocalStack start(Class<?> testClass) {
        Path pluginPath = Paths.get(required("ferry.plugin.path"));
        if (!Files.isDirectory(pluginPath.resolve("ferry-connect-jdbc"))) {
            throw new IllegalStateException("No plugin folder under " + pluginPath
                + "; run `mvn package` for connect-plugin first");
        }
        Path workDir = Paths.get(required("ferry.work.dir"), testClass.getSimpleName());
        deleteRecursively(workDir);
        return LocalStack.start(workDir, pluginPath);
    }

    static Path repoRoot() {
        return Paths.get(required("ferry.repo.root")).toAbsolutePath().normalize();
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
