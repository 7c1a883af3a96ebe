package io.ferry.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service of a compose file, with the keys the checks read, in either of compose's spellings. */
record ComposeService(String name, JsonNode node) {

    String image() {
        return node.path("image").asText(null);
    }

    boolean isBuilt() {
        return node.has("build");
    }

    String buildContext() {
        JsonNode build = node.path("build");
        return build.isTextual() ? build.asText() : build.path("context").asText(".");
    }

    String dockerfile() {
        return node.path("build").path("dockerfile").asText("Dockerfile");
    }

    String buildArg(String name) {
        return node.path("build").path("args").path(name).asText(null);
    }

    /** "host:container" for each published port. */
    List<String> ports() {
        List<String> ports = new ArrayList<>();
        node.path("ports").forEach(port -> ports.add(port.asText()));
        return ports;
    }

    /** The environment, written as a map or as a list of NAME=value. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = node.path("environment");
        if (environment.isArray()) {
            environment.forEach(entry -> {
                String[] parts = entry.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            environment.properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        }
        return env;
    }

    /** Service name to condition ("service_started" for the short list form). */
    Map<String, String> dependsOn() {
        Map<String, String> dependencies = new LinkedHashMap<>();
        JsonNode dependsOn = node.path("depends_on");
        if (dependsOn.isArray()) {
            dependsOn.forEach(name -> dependencies.put(name.asText(), "service_started"));
        } else {
            dependsOn.properties().forEach(entry ->
                dependencies.put(entry.getKey(), entry.getValue().path("condition").asText("service_started")));
        }
        return dependencies;
    }

    /** The source side of each bind mount ("./sql" of "./sql:/sql:ro"). */
    List<String> bindMountSources() {
        List<String> sources = new ArrayList<>();
        node.path("volumes").forEach(volume -> {
            String source = volume.isTextual() ? volume.asText().split(":")[0] : volume.path("source").asText();
            if (source.startsWith(".") || source.startsWith("/")) {
                sources.add(source);
            }
        });
        return sources;
    }

    /** The healthcheck's test command as one line. */
    String healthcheck() {
        JsonNode test = node.path("healthcheck").path("test");
        if (test.isTextual()) {
            return test.asText();
        }
        List<String> words = new ArrayList<>();
        test.forEach(word -> words.add(word.asText()));
        return String.join(" ", words);
    }
}
