package io.ferry.bench;

import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;

/** JsonConverter with schemas, as the seed's worker configures it, for keys and for values. */
final class JsonConverters {
    private JsonConverters() {
    }

    static JsonConverter forKeys() {
        return configured(true);
    }

    static JsonConverter forValues() {
        return configured(false);
    }

    private static JsonConverter configured(boolean isKey) {
        JsonConverter converter = new JsonConverter();
        converter.configure(Map.of("schemas.enable", "true"), isKey);
        return converter;
    }
}
