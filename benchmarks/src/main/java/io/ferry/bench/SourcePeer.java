package io.ferry.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.ferry.stack.ConnectRestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * W2's optional Confluent-lineage peer: a JDBC source with Confluent's config keys, in a plugin
 * folder the user already has, given by {@code -Dbench.source.peer.dir}; its class by
 * {@code -Dbench.source.peer.class}. No Confluent-lineage source is on Maven Central, so the
 * suite cannot fetch one itself.
 */
final class SourcePeer {
    static final String DEFAULT_CLASS = "io.aiven.connect.jdbc.JdbcSourceConnector";
    /** What the folder must hold, for messages. */
    private static final String FOLDER = "a Connect plugin folder: the connector jar, its KIP-898 manifests and its JDBC driver";
    /** How every peer line's label starts. */
    static final String LINEAGE = "Confluent-lineage source";

    private final Path dir;
    private final String connectorClass;
    private final String name;

    private SourcePeer(Path dir, String connectorClass, String name) {
        this.dir = dir;
        this.connectorClass = connectorClass;
        this.name = name;
    }

    static Optional<SourcePeer> fromSystemProperties() {
        String dir = System.getProperty("bench.source.peer.dir", "");
        if (dir.isBlank()) {
            return Optional.empty();
        }
        Path path = Paths.get(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("-Dbench.source.peer.dir: no folder " + path
                + " (give " + FOLDER + ")");
        }
        return Optional.of(new SourcePeer(path, System.getProperty("bench.source.peer.class", DEFAULT_CLASS), ""));
    }

    /**
     * The folder to add to the worker's plugin.path: the peer folder's parent, since Connect
     * takes each folder inside a plugin.path entry as one plugin (its jars share a class loader,
     * so the connector sees its JDBC driver).
     */
    Path pluginPathEntry() {
        return dir.getParent();
    }

    String connectorClass() {
        return connectorClass;
    }

    /** The name its lines start with, once {@link #loadedBy loaded}. */
    String name() {
        if (name.isEmpty()) {
            throw new IllegalStateException("Not loaded yet: " + connectorClass);
        }
        return name;
    }

    /**
     * A copy named after the version the worker reports for the class, e.g. "Confluent-lineage
     * source (Aiven JDBC 6.10.0)"; fails when the worker did not load it.
     */
    SourcePeer loadedBy(ConnectRestClient rest) {
        for (JsonNode plugin : rest.connectorPlugins()) {
            if (connectorClass.equals(plugin.path("class").asText())) {
                return new SourcePeer(dir, connectorClass,
                    LINEAGE + " (" + vendor() + " " + plugin.path("version").asText() + ")");
            }
        }
        throw new IllegalStateException("The worker did not load " + connectorClass + " from " + dir
            + " (" + FOLDER + ", inside a plugin.path entry)");
    }

    private String vendor() {
        if (connectorClass.startsWith("io.aiven.")) {
            return "Aiven JDBC";
        }
        if (connectorClass.startsWith("io.confluent.")) {
            return "Confluent JDBC";
        }
        return connectorClass.substring(connectorClass.lastIndexOf('.') + 1);
    }
}
