package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;

/**
 * Every key of Confluent's JDBC sink 10.9.7 ({@code JdbcSinkConfig.CONFIG_DEF}) is a key of Ferry's
 * sink with the same name, type and default, so a Confluent configuration means the same here.
 */
class ConfluentSinkKeysTest {
    /** A key of Confluent's sink: its name, type and default as its ConfigDef gives it (null: none, or required). */
    private static final class ConfluentKey {
        final String name;
        final Type type;
        final String defaultValue;
        final boolean required;

        ConfluentKey(String name, Type type, String defaultValue, boolean required) {
            this.name = name;
            this.type = type;
            this.defaultValue = defaultValue;
            this.required = required;
        }
    }

    private static ConfluentKey key(String name, Type type, String defaultValue) {
        return new ConfluentKey(name, type, defaultValue, false);
    }

    /** Confluent's kafka-connect-jdbc 10.9.7, sink/JdbcSinkConfig.java, in the order it defines them. */
    private static final List<ConfluentKey> CONFLUENT_10_9_7 = Arrays.asList(
        new ConfluentKey("connection.url", Type.STRING, null, true),
        key("connection.user", Type.STRING, null),
        key("connection.password", Type.PASSWORD, null),
        key("jdbc.credentials.provider.class", Type.CLASS, "io.confluent.connect.jdbc.util.DefaultJdbcCredentialsProvider"),
        key("dialect.name", Type.STRING, ""),
        key("connection.attempts", Type.INT, "3"),
        key("connection.backoff.ms", Type.LONG, "10000"),
        key("insert.mode", Type.STRING, "insert"),
        key("batch.size", Type.INT, "3000"),
        key("delete.enabled", Type.BOOLEAN, "false"),
        key("table.types", Type.LIST, "TABLE"),
        key("replace.null.with.default", Type.BOOLEAN, "true"),
        key("table.name.format", Type.STRING, "${topic}"),
        key("pk.mode", Type.STRING, "none"),
        key("pk.fields", Type.LIST, ""),
        key("fields.whitelist", Type.LIST, ""),
        key("db.timezone", Type.STRING, "UTC"),
        key("date.timezone", Type.STRING, "DB_TIMEZONE"),
        key("timestamp.fields.list", Type.LIST, ""),
        key("timestamp.precision.mode", Type.STRING, "MICROSECONDS"),
        key("date.calendar.system", Type.STRING, "LEGACY"),
        key("string.output.value.column.name", Type.STRING, "record_value"),
        key("auto.create", Type.BOOLEAN, "false"),
        key("auto.evolve", Type.BOOLEAN, "false"),
        key("quote.sql.identifiers", Type.STRING, "ALWAYS"),
        key("mssql.use.merge.holdlock", Type.BOOLEAN, "true"),
        key("max.retries", Type.INT, "10"),
        key("retry.backoff.ms", Type.INT, "3000"),
        key("trim.sensitive.log", Type.BOOLEAN, "false"));

    /**
     * Where Ferry's type differs on purpose: the credentials provider is a STRING, as on the source, since
     * Confluent's class (and its interface) cannot be loaded; its default names Confluent's class all the same.
     */
    private static final Map<String, Type> OTHER_TYPE = Collections.singletonMap("jdbc.credentials.provider.class",
        Type.STRING);

    /** Ferry's own sink keys. */
    private static final Set<String> FERRY_ONLY = Collections.singleton("offsets.storage.table");

    private final Map<String, ConfigDef.ConfigKey> ferry = SinkConfig.configDef().configKeys();

    @Test
    void everyConfluentSinkKeyHasItsNameTypeAndDefault() {
        for (ConfluentKey confluent : CONFLUENT_10_9_7) {
            ConfigDef.ConfigKey key = ferry.get(confluent.name);
            assertThat(key).as(confluent.name).isNotNull();
            assertThat(key.type).as(confluent.name).isEqualTo(OTHER_TYPE.getOrDefault(confluent.name, confluent.type));
            assertThat(key.hasDefault()).as("%s has a default", confluent.name).isEqualTo(!confluent.required);
            if (OTHER_TYPE.containsKey(confluent.name)) {
                assertThat(key.defaultValue).as(confluent.name).isEqualTo(confluent.defaultValue);
            } else if (!confluent.required) {
                assertDefault(confluent, key.defaultValue);
            }
        }
    }

    /** Enumerated values are accepted in any case on both sides, so their defaults are compared so too. */
    private static void assertDefault(ConfluentKey confluent, Object ferryDefault) {
        Object expected = confluent.defaultValue == null ? null
            : ConfigDef.parseType(confluent.name, confluent.defaultValue, confluent.type);
        if (expected instanceof String) {
            assertThat((String) ferryDefault).as(confluent.name).isEqualToIgnoringCase((String) expected);
        } else {
            assertThat(ferryDefault).as(confluent.name).isEqualTo(expected);
        }
    }

    @Test
    void theOnlySinkKeysConfluentsLacksAreFerrysOwn() {
        Set<String> extra = new HashSet<>(ferry.keySet());
        CONFLUENT_10_9_7.forEach(k -> extra.remove(k.name));
        assertThat(extra).isEqualTo(FERRY_ONLY);
    }
}
