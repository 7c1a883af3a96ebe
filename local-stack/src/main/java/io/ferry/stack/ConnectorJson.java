package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ferry.testing.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connector document as the user POSTs it ({@code {"name": ..., "config": {...}}}), read
 * from a file such as {@code connectors/source_connector.json}, and retargeted at the
 * stack's database: only the host and port of {@code connection.url} change.
 */
public final class ConnectorJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSTGRES_HOST = Pattern.compile("^(jdbc:postgresql://)[^/]+(/.*)$");

    private final ObjectNode document;

    private ConnectorJson(ObjectNode document) {
        this.document = document;
    }

    public static ConnectorJson read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (!node.isObject() || !node.path("config").isObject() || !node.path("name").isTextual()) {
                throw new IllegalArgumentException(file + " is not a {\"name\": ..., \"config\": {...}} document");
            }
            return new ConnectorJson((ObjectNode) node);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** A connector named {@code name} with the config key, value, key, value, ... given. */
    public static ConnectorJson of(String name, String... config) {
        ObjectNode document = JSON.createObjectNode().put("name", name);
        ObjectNode configNode = document.putObject("config");
        for (int i = 0; i < config.length; i += 2) {
            configNode.put(config[i], config[i + 1]);
        }
        return new ConnectorJson(document);
    }

    /** A copy whose {@code connection.url} names the given database's host and port. */
    public ConnectorJson pointedAt(Database database) {
        String url = config("connection.url");
        Matcher m = POSTGRES_HOST.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        return with("connection.url", m.group(1) + database.host() + ":" + database.port() + m.group(2));
    }

    /** A copy with one config key set (as a string, as Connect stores every value). */
    public ConnectorJson with(String key, String value) {
        ObjectNode copy = document.deepCopy();
        ((ObjectNode) copy.get("config")).put(key, value);
        return new ConnectorJson(copy);
    }

    /** A copy without {@code key} (Connect then uses the key's default). */
    public ConnectorJson without(String key) {
        ObjectNode copy = document.deepCopy();
        ((ObjectNode) copy.get("config")).remove(key);
        return new ConnectorJson(copy);
    }

    /** A copy under another connector name. */
    public ConnectorJson named(String name) {
        ObjectNode copy = document.deepCopy();
        copy.put("name", name);
        return new ConnectorJson(copy);
    }

    public String name() {
        return document.get("name").asText();
    }

    public String config(String key) {
        return document.get("config").path(key).asText();
    }

    /** The config as Connect sees it: every value a string. */
    public Map<String, String> configMap() {
        Map<String, String> config = new LinkedHashMap<>();
        document.get("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return config;
    }

    public JsonNode asJson() {
        return document.deepCopy();
    }
}
