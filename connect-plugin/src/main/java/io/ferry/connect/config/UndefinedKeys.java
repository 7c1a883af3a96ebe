package io.ferry.connect.config;

import io.ferry.connect.jdbc.DriverProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * The keys of a connector config that the ConfigDef does not define but that mean something, so
 * that validation refuses those Ferry would otherwise ignore (Connect ignores any key a connector
 * does not define): a {@code connection.<property>} the PostgreSQL driver does not know, a
 * {@code jdbc.credentials.provider.<key>} for a provider Ferry cannot load, and a key of
 * Confluent's connector that Ferry does not implement, set to anything but Confluent's default.
 * Values are never echoed: they may be secrets.
 */
public final class UndefinedKeys {
    private UndefinedKeys() {
    }

    /** For the sink: the connection and credentials keys only. */
    public static List<ConfigValue> problems(ConfigDef def, Map<String, String> props) {
        return problems(def, props, Collections.emptyMap());
    }

    /** With {@code confluentDefaults}: Confluent's keys and their defaults, as {@link ConfluentSourceKeys} has them. */
    public static List<ConfigValue> problems(ConfigDef def, Map<String, String> props,
                                             Map<String, String> confluentDefaults) {
        List<ConfigValue> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : props.entrySet()) {
            String key = entry.getKey();
            if (def.configKeys().containsKey(key)) {
                continue;
            }
            String problem = problem(key, entry.getValue(), confluentDefaults);
            if (problem != null) {
                ConfigValue value = new ConfigValue(key);
                value.addErrorMessage(problem);
                problems.add(value);
            }
        }
        return problems;
    }

    private static String problem(String key, String value, Map<String, String> confluentDefaults) {
        if (confluentDefaults.containsKey(key)) {
            String confluentDefault = confluentDefaults.get(key);
            boolean atDefault = confluentDefault != null && value != null && confluentDefault.equals(value.trim());
            return atDefault ? null : key + " is a key of Confluent's JDBC source connector that Ferry does not "
                + "implement yet; remove it" + (confluentDefault == null ? "" : " or set Confluent's default ('"
                + confluentDefault + "')");
        }
        if (key.startsWith(CredentialsProvider.PREFIX)) {
            return key + " configures a credentials provider, and Ferry reads the login from connection.user and "
                + "connection.password only (see " + CredentialsProvider.KEY + "); remove it";
        }
        if (key.startsWith(ConnectionConfig.DRIVER_PROPERTY_PREFIX)) {
            String property = key.substring(ConnectionConfig.DRIVER_PROPERTY_PREFIX.length());
            return DriverProperties.isKnown(property) ? null : "Ferry passes connection.<property> keys to the "
                + "PostgreSQL JDBC driver, which has no property '" + property + "' (names are case-sensitive, "
                + "e.g. connection.ApplicationName, connection.sslmode)";
        }
        return null;
    }
}
