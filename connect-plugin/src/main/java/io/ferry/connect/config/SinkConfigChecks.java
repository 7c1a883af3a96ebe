package io.ferry.connect.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * The sink's rules that involve more than one key. Each problem is reported on the key the user
 * should change, so the REST validate call shows it there.
 */
public final class SinkConfigChecks {
    private SinkConfigChecks() {
    }

    /** Parses the config and fails on the first problem, alone or across keys: for start(). */
    public static SinkSettings parseValid(Map<String, String> props) {
        SinkSettings settings = SinkConfig.parse(props);
        for (Map.Entry<String, String> problem : problems(settings).entrySet()) {
            throw new ConfigException(problem.getKey(), props.get(problem.getKey()), problem.getValue());
        }
        return settings;
    }

    /** Problems by key name; empty when the combination is valid. */
    public static Map<String, String> problems(SinkSettings settings) {
        Map<String, String> problems = new LinkedHashMap<>();
        PrimaryKeyMode pkMode = settings.pkMode();
        if (settings.insertMode() != InsertMode.INSERT && pkMode == PrimaryKeyMode.NONE) {
            problems.put(SinkConfig.PK_MODE, "insert.mode=" + configValue(settings.insertMode())
                + " writes by primary key: set pk.mode to kafka, record_key or record_value");
        }
        if (settings.deleteEnabled() && pkMode != PrimaryKeyMode.RECORD_KEY) {
            problems.put(SinkConfig.DELETE_ENABLED, "delete.enabled=true deletes the row of a "
                + "tombstone's key, so it needs pk.mode=record_key (pk.mode is " + configValue(pkMode) + ")");
        }
        if (pkMode == PrimaryKeyMode.KAFKA && settings.pkFields().size() != 3) {
            problems.put(SinkConfig.PK_FIELDS, "pk.mode=kafka needs either no pk.fields (to use "
                + String.join(",", SinkConfig.KAFKA_PK_DEFAULTS) + ") or exactly three names, for the "
                + "topic, partition and offset columns; got " + settings.pkFields());
        }
        if (settings.offsetsTable().isPresent() && settings.connectorName().isEmpty()) {
            problems.put(SinkConfig.OFFSETS_STORAGE_TABLE, "The offsets are kept per connector name, and the "
                + "configuration has no '" + SinkConfig.CONNECTOR_NAME + "'");
        }
        return problems;
    }

    private static String configValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
