package io.ferry.connect.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;

/** Renders a ConfigDef as the markdown table docs/configuration.md shows. */
final class ConfigReference {
    private ConfigReference() {
    }

    static String markdown(ConfigDef def) {
        StringBuilder out = new StringBuilder();
        out.append("| Key | Group | Type | Default | Valid values | Importance | Description |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        List<ConfigDef.ConfigKey> keys = new ArrayList<>(def.configKeys().values());
        List<String> groups = def.groups();
        keys.sort(Comparator.comparingInt((ConfigDef.ConfigKey k) -> k.group == null ? Integer.MAX_VALUE : groups.indexOf(k.group))
            .thenComparingInt(k -> k.orderInGroup)
            .thenComparing(k -> k.name));
        for (ConfigDef.ConfigKey key : keys) {
            out.append("| `").append(key.name).append("` | ")
                .append(key.group == null ? "" : key.group).append(" | ")
                .append(key.type.name().toLowerCase(Locale.ROOT)).append(" | ")
                .append(defaultValue(key)).append(" | ")
                .append(key.validator == null ? "" : cell(key.validator.toString())).append(" | ")
                .append(key.importance.name().toLowerCase(Locale.ROOT)).append(" | ")
                .append(cell(key.documentation)).append(" |\n");
        }
        return out.toString();
    }

    private static String defaultValue(ConfigDef.ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        Object value = key.defaultValue;
        if (value == null || value instanceof Password) {
            return "null";
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            return list.isEmpty() ? "\"\"" : "`" + String.join(",", list.stream().map(String::valueOf).toArray(String[]::new)) + "`";
        }
        String text = ConfigDef.convertToString(value, key.type);
        return text.isEmpty() ? "\"\"" : "`" + text + "`";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
