package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One short line about the quickstart's connectors from {@code GET /connectors/{name}/status}:
 * "source RUNNING, sink RUNNING", or what is not running ("sink RUNNING, task 1 FAILED").
 */
final class ConnectorHealth {
    private final ConnectRestClient rest;
    private final Map<String, String> connectorsByLabel;

    /** @param connectorsByLabel short label (shown) to connector name, in display order */
    ConnectorHealth(ConnectRestClient rest, Map<String, String> connectorsByLabel) {
        this.rest = rest;
        this.connectorsByLabel = new LinkedHashMap<>(connectorsByLabel);
    }

    String summary() {
        List<String> parts = new ArrayList<>();
        connectorsByLabel.forEach((label, name) -> parts.add(label + " " + describe(name)));
        return String.join(", ", parts);
    }

    private String describe(String name) {
        JsonNode status;
        try {
            status = rest.status(name);
        } catch (RuntimeException e) {
            return "(status unavailable: " + e.getMessage() + ")";
        }
        StringBuilder text = new StringBuilder(status.path("connector").path("state").asText("UNKNOWN"));
        JsonNode tasks = status.path("tasks");
        if (tasks.isEmpty()) {
            text.append(", no tasks yet");
        }
        for (JsonNode task : tasks) {
            String state = task.path("state").asText();
            if (!"RUNNING".equals(state)) {
                text.append(", task ").append(task.path("id").asInt()).append(' ').append(state);
            }
        }
        return text.toString();
    }
}
