package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.ferry.testing.Eventually;
import java.time.Duration;

/** Waits on what {@code GET /connectors/{name}/status} says about a connector and its tasks. */
final class ConnectorStates {
    private final ConnectRestClient rest;

    ConnectorStates(ConnectRestClient rest) {
        this.rest = rest;
    }

    /** Until the connector and each of its (at least one) tasks are in {@code state}. */
    void await(String connector, String state, Duration timeout) {
        Eventually.within(timeout, () -> allIn(rest.status(connector), state),
            () -> connector + " is not " + state + " (connector and tasks): " + describe(connector));
    }

    void awaitRunning(String... connectors) {
        for (String connector : connectors) {
            await(connector, "RUNNING", Duration.ofSeconds(60));
        }
    }

    /** Until {@code PUT /connectors/{name}/stop} has taken effect: the connector STOPPED, with no task left. */
    void awaitStopped(String connector) {
        Eventually.within(Duration.ofSeconds(60), () -> {
            JsonNode status = rest.status(connector);
            return "STOPPED".equals(status.path("connector").path("state").asText()) && status.path("tasks").isEmpty();
        }, () -> connector + " is not STOPPED without tasks: " + describe(connector));
    }

    /** The status as one line of JSON (failed tasks carry their trace). */
    String describe(String connector) {
        try {
            return rest.status(connector).toString();
        } catch (RuntimeException e) {
            return "status unavailable: " + e.getMessage();
        }
    }

    private static boolean allIn(JsonNode status, String state) {
        JsonNode tasks = status.path("tasks");
        if (!state.equals(status.path("connector").path("state").asText()) || tasks.size() == 0) {
            return false;
        }
        for (JsonNode task : tasks) {
            if (!state.equals(task.path("state").asText())) {
                return false;
            }
        }
        return true;
    }
}
