package io.ferry.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One compose file of docker/, parsed. Relative paths in it resolve against its folder, as compose does. */
record ComposeFile(Path path, JsonNode root) {
    static final String FULL = "docker-compose.yaml";
    static final String KAFKA = "kafka-docker-compose.yaml";
    static final String TARGET = "target-docker-compose.yaml";
    static final String SOURCE = "source-docker-compose.yaml";
    static final List<String> ALL = List.of(FULL, KAFKA, TARGET, SOURCE);
    static final List<String> SPLIT = List.of(KAFKA, TARGET, SOURCE);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static ComposeFile read(String name) {
        Path path = ProjectFiles.DOCKER.resolve(name);
        try {
            return new ComposeFile(path, YAML.readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }

    Set<String> serviceNames() {
        Set<String> names = new TreeSet<>();
        root.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    ComposeService service(String name) {
        JsonNode node = root.path("services").path(name);
        if (node.isMissingNode()) {
            throw new AssertionError(name() + " has no service " + name);
        }
        return new ComposeService(name, node);
    }

    List<ComposeService> services() {
        return serviceNames().stream().map(this::service).toList();
    }

    /** Resolves a path written in this file (build context, bind-mount source) as compose does. */
    Path resolve(String relative) {
        return path.getParent().resolve(relative).normalize();
    }

    JsonNode defaultNetwork() {
        return root.path("networks").path("default");
    }
}
