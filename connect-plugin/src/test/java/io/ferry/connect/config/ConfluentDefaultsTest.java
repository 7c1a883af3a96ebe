package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

/**
 * Ferry's source ConfigDef against Confluent's JDBC source connector 10.9.7 (JdbcSourceConnectorConfig,
 * read key by key): every key exists with Confluent's type and default, but for the differences
 * listed here with their reasons, or is one Ferry does not implement yet, which validation refuses
 * at any value but Confluent's default ({@link UndefinedKeysTest}).
 */
class ConfluentDefaultsTest {
    /** Confluent 10.9.7's keys: type and default as config text ({@code null}: no value). */
    private static final Map<String, Object[]> CONFLUENT = new LinkedHashMap<>();

    static {
        key("connection.url", Type.STRING, "");
        key("connection.user", Type.STRING, null);
        key("connection.password", Type.PASSWORD, null);
        key("jdbc.credentials.provider.class", Type.CLASS, "io.confluent.connect.jdbc.util.DefaultJdbcCredentialsProvider");
        key("connection.attempts", Type.INT, "3");
        key("connection.backoff.ms", Type.LONG, "10000");
        key("table.whitelist", Type.LIST, "");
        key("table.blacklist", Type.LIST, "");
        key("table.include.list", Type.LIST, "");
        key("table.exclude.list", Type.LIST, "");
        key("catalog.pattern", Type.STRING, null);
        key("schema.pattern", Type.STRING, null);
        key("numeric.precision.mapping", Type.BOOLEAN, "false");
        key("numeric.mapping", Type.STRING, null);
        key("dialect.name", Type.STRING, "");
        key("date.calendar.system", Type.STRING, "LEGACY");
        key("mode", Type.STRING, "");
        key("incrementing.column.name", Type.STRING, "");
        key("timestamp.column.name", Type.LIST, "");
        key("timestamp.columns.mapping", Type.LIST, "");
        key("incrementing.column.mapping", Type.LIST, "");
        key("timestamp.initial", Type.LONG, null);
        key("validate.non.null", Type.BOOLEAN, "true");
        key("query", Type.STRING, "");
        key("query.masked", Type.PASSWORD, "");
        key("quote.sql.identifiers", Type.STRING, "ALWAYS");
        key("query.suffix", Type.STRING, "");
        key("transaction.isolation.mode", Type.STRING, "DEFAULT");
        key("query.retry.attempts", Type.INT, "-1");
        key("table.types", Type.LIST, "TABLE");
        key("poll.interval.ms", Type.INT, "5000");
        key("batch.max.rows", Type.INT, "1000");
        key("max.buffer.size", Type.INT, "0");
        key("poll.linger.ms", Type.LONG, "5000");
        key("table.monitoring.startup.polling.limit.ms", Type.LONG, "10000");
        key("table.poll.interval.ms", Type.LONG, "60000");
        key("topic.prefix", Type.STRING, "");
        key("timestamp.delay.interval.ms", Type.LONG, "0");
        key("db.timezone", Type.STRING, "UTC");
        key("timestamp.granularity", Type.STRING, "connect_logical");
    }

    /** Where Ferry's definition differs on purpose, and why. */
    private static final Map<String, String> DIFFERENCES = Map.of(
        "connection.url", "required: Confluent's empty default cannot connect either",
        "quote.sql.identifiers", "'always': the same value, in the lower case Ferry's values are written in",
        "jdbc.credentials.provider.class", "STRING: the class (and Confluent's interface) cannot be loaded");

    private static void key(String name, Type type, String confluentDefault) {
        CONFLUENT.put(name, new Object[] {type, confluentDefault});
    }

    @Test
    void theKeysValidationKnowsAreConfluentsWithTheirDefaults() {
        Map<String, String> expected = new LinkedHashMap<>();
        CONFLUENT.forEach((name, typeAndDefault) -> expected.put(name, (String) typeAndDefault[1]));

        assertThat(ConfluentSourceKeys.DEFAULTS).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyConfluentKeyFerryDefinesHasConfluentsTypeAndDefault() {
        Map<String, ConfigDef.ConfigKey> ferry = SourceConfig.configDef().configKeys();
        List<String> mismatches = new ArrayList<>();
        CONFLUENT.forEach((name, typeAndDefault) -> {
            ConfigDef.ConfigKey key = ferry.get(name);
            if (key == null || DIFFERENCES.containsKey(name)) {
                return;
            }
            if (key.type != typeAndDefault[0] || !java.util.Objects.equals(defaultText(key), typeAndDefault[1])) {
                mismatches.add(name + ": Ferry " + key.type + " " + defaultText(key) + ", Confluent "
                    + typeAndDefault[0] + " " + typeAndDefault[1]);
            }
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void theDifferencesAreWhatTheySayAndTheUndefinedKeysAreTheModeKeysStillToCome() {
        Map<String, ConfigDef.ConfigKey> ferry = SourceConfig.configDef().configKeys();

        assertThat(ferry.get("connection.url").hasDefault()).isFalse();
        assertThat(defaultText(ferry.get("quote.sql.identifiers"))).isEqualTo("always");
        assertThat(ferry.get("jdbc.credentials.provider.class").type).isEqualTo(Type.STRING);
        assertThat(defaultText(ferry.get("jdbc.credentials.provider.class")))
            .isEqualTo(CONFLUENT.get("jdbc.credentials.provider.class")[1]);
        assertThat(CONFLUENT.keySet().stream().filter(name -> !ferry.containsKey(name)))
            .isSubsetOf("timestamp.columns.mapping", "incrementing.column.mapping", "timestamp.initial",
                "query.masked", "query.suffix", "timestamp.granularity");
    }

    @Test
    void everyKeyOfFerrysOwnSaysSo() {
        SourceConfig.configDef().configKeys().values().stream()
            .filter(key -> !CONFLUENT.containsKey(key.name))
            .forEach(key -> assertThat(key.documentation).as(key.name).startsWith("Ferry only."));
    }

    private static String defaultText(ConfigDef.ConfigKey key) {
        Object value = key.defaultValue;
        if (value == null) {
            return null;
        }
        if (value instanceof Password) {
            return ((Password) value).value();
        }
        return ConfigDef.convertToString(value, key.type);
    }
}
