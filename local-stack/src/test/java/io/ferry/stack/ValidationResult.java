package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer of {@code PUT /connector-plugins/{class}/config/validate}: errors per config key. */
final class ValidationResult {
    private final JsonNode answer;

    ValidationResult(JsonNode answer) {
        this.answer = answer;
    }

    int errorCount() {
        return answer.path("error_count").asInt();
    }

    List<String> errors(String key) {
        return errorsByKey().getOrDefault(key, List.of());
    }

    /** Only the keys that have errors; fails on an answer that lists no key (it would show no error either). */
    Map<String, List<String>> errorsByKey() {
        if (answer.path("configs").isEmpty()) {
            throw new AssertionError("The validate answer lists no config key: " + answer);
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (JsonNode config : answer.path("configs")) {
            JsonNode value = config.path("value");
            List<String> messages = new ArrayList<>();
            value.path("errors").forEach(e -> messages.add(e.asText()));
            if (!messages.isEmpty()) {
                errors.put(value.path("name").asText(), messages);
            }
        }
        return errors;
    }

    @Override
    public String toString() {
        return answer.path("configs").isEmpty() ? "no config key: " + answer : errorCount() + " error(s): " + errorsByKey();
    }
}
