package io.ferry.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The calls of Connect's REST API that the stack's users make, with JSON in and out, to one
 * worker, or to whichever worker of a cluster its base URL names at the time of each call.
 */
public final class ConnectRestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final Supplier<String> baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConnectRestClient(String baseUrl) {
        this(() -> baseUrl);
    }

    /** Each call goes to the worker {@code baseUrl} names when the call is made. */
    public ConnectRestClient(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code GET /}: the worker's Kafka version and commit, and the Kafka cluster id. */
    public JsonNode serverInfo() {
        return send("GET", "/", null);
    }

    /** {@code GET /connector-plugins}: every connector class the worker found, with its version. */
    public JsonNode connectorPlugins() {
        return send("GET", "/connector-plugins", null);
    }

    /** {@code GET /connectors}: the names of every connector of the cluster. */
    public JsonNode connectors() {
        return send("GET", "/connectors", null);
    }

    /** {@code POST /connectors} with a {@code {"name": ..., "config": {...}}} document. */
    public JsonNode create(JsonNode connector) {
        return send("POST", "/connectors", connector);
    }

    /**
     * {@code POST /connectors} with {@code "initial_state": "STOPPED"} (Kafka 3.7+): the connector
     * exists, with no task, until it is resumed; meanwhile its offsets can be altered.
     */
    public JsonNode createStopped(JsonNode connector) {
        ObjectNode stopped = connector.deepCopy();
        stopped.put("initial_state", "STOPPED");
        return send("POST", "/connectors", stopped);
    }

    /** {@code GET /connectors/{name}/offsets} (Kafka 3.5+): the offsets the worker keeps for it. */
    public JsonNode offsets(String name) {
        return send("GET", "/connectors/" + encode(name) + "/offsets", null);
    }

    /**
     * {@code PATCH /connectors/{name}/offsets} (Kafka 3.6+) of a stopped connector, with a
     * {@code {"offsets": [{"partition": {...}, "offset": {...}}]}} document.
     */
    public JsonNode alterOffsets(String name, JsonNode offsets) {
        return send("PATCH", "/connectors/" + encode(name) + "/offsets", offsets);
    }

    /** {@code DELETE /connectors/{name}/offsets} (Kafka 3.6+) of a stopped connector: resets every offset. */
    public JsonNode resetOffsets(String name) {
        return send("DELETE", "/connectors/" + encode(name) + "/offsets", null);
    }

    /** {@code PUT /connectors/{name}/stop} (Kafka 3.5+): shuts the tasks down, keeping the config; resume restarts them. */
    public void stop(String name) {
        send("PUT", "/connectors/" + encode(name) + "/stop", null);
    }

    /** {@code GET /connectors/{name}}: the connector's config and tasks as the worker shows them. */
    public JsonNode connector(String name) {
        return send("GET", "/connectors/" + encode(name), null);
    }

    /** The raw text of {@code GET /connectors/{name}}. */
    public String connectorText(String name) {
        return sendForText("GET", "/connectors/" + encode(name), null);
    }

    /** The raw text of {@code GET /connectors/{name}/tasks}: each task's id and config. */
    public String tasksText(String name) {
        return sendForText("GET", "/connectors/" + encode(name) + "/tasks", null);
    }

    /** {@code GET /connectors/{name}/tasks}: each task's id and the config the connector gave it. */
    public JsonNode tasks(String name) {
        return send("GET", "/connectors/" + encode(name) + "/tasks", null);
    }

    /**
     * {@code PUT /connectors/{name}/config} with the whole new {@code config} object; a worker
     * that is not the leader forwards it to the leader.
     */
    public JsonNode updateConfig(String name, JsonNode config) {
        return send("PUT", "/connectors/" + encode(name) + "/config", config);
    }

    public JsonNode status(String name) {
        return send("GET", "/connectors/" + encode(name) + "/status", null);
    }

    public void pause(String name) {
        send("PUT", "/connectors/" + encode(name) + "/pause", null);
    }

    public void resume(String name) {
        send("PUT", "/connectors/" + encode(name) + "/resume", null);
    }

    /** {@code POST /connectors/{name}/restart?includeTasks=...}. */
    public void restart(String name, boolean includeTasks) {
        send("POST", "/connectors/" + encode(name) + "/restart?includeTasks=" + includeTasks, null);
    }

    public void delete(String name) {
        send("DELETE", "/connectors/" + encode(name), null);
    }

    /** {@code PUT /connector-plugins/{class}/config/validate}. */
    public JsonNode validate(String connectorClass, Map<String, String> config) {
        ObjectNode body = JSON.createObjectNode();
        config.forEach(body::put);
        return send("PUT", "/connector-plugins/" + encode(connectorClass) + "/config/validate", body);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        String text = sendForText(method, path, body);
        try {
            return text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(method + " " + path + " answered non-JSON: " + text, e);
        }
    }

    private String sendForText(String method, String path, JsonNode body) {
        HttpRequest.BodyPublisher publisher = body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString());
        String base = baseUrl.get();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, publisher)
            .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new ConnectRestException(method + " " + path, response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
