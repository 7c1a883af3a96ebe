package io.ferry.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One connector configuration under test, e.g. "Ferry tuned", created under a fresh name per run. */
final class Contender {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String label;
    private final Map<String, String> config;

    Contender(String label, Map<String, String> config) {
        this.label = label;
        this.config = Map.copyOf(config);
    }

    String label() {
        return label;
    }

    /** Whether the connector creates its table (auto.create), so a run starts without one. */
    boolean createsTable() {
        return "true".equals(config.get("auto.create"));
    }

    /** A copy with more (or changed) config keys, under another label. */
    Contender tuned(String newLabel, Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(config);
        merged.putAll(more);
        return new Contender(newLabel, merged);
    }

    /** The {@code POST /connectors} document under {@code name} (a new name: new consumer group, new offsets). */
    JsonNode document(String name) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", name);
        ObjectNode c = doc.putObject("config");
        config.forEach(c::put);
        return doc;
    }

    /** A connector name for this contender's run {@code run}, e.g. {@code bench-ferry-tuned-3}. */
    String connectorName(String workload, int run) {
        return "bench-" + workload + "-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + run;
    }
}
