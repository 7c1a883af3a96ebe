package io.ferry.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One of connectors/*.json, as the connector-registrar POSTs it. */
record ConnectorFile(String fileName, JsonNode root) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<ConnectorFile> all() {
        try (Stream<Path> files = Files.list(ProjectFiles.CONNECTORS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(ConnectorFile::read)
                .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConnectorFile read(Path file) {
        try {
            return new ConnectorFile(file.getFileName().toString(), JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String config(String key) {
        return root.path("config").path(key).asText(null);
    }

    /** connection.url without its "jdbc:" prefix, e.g. postgresql://postgres-server:5432/mydatabase. */
    URI jdbcUrl() {
        String url = config("connection.url");
        if (url == null || !url.startsWith("jdbc:")) {
            throw new AssertionError(fileName + " has no JDBC connection.url: " + url);
        }
        return URI.create(url.substring("jdbc:".length()));
    }

    String database() {
        return jdbcUrl().getPath().substring(1);
    }
}
