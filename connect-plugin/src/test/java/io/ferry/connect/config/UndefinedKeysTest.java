package io.ferry.connect.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class UndefinedKeysTest {
    private static Map<String, List<String>> problems(Map<String, String> props) {
        return UndefinedKeys.problems(SourceConfig.configDef(), props, ConfluentSourceKeys.DEFAULTS).stream()
            .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    @Test
    void acceptsDriverPropertiesTheDriverKnowsAndRefusesOthersByName() {
        Map<String, List<String>> problems = problems(Map.of("connection.ApplicationName", "ferry",
            "connection.sslmode", "require", "connection.applicationname", "ferry", "connection.sslmdoe", "require"));

        assertThat(problems).containsOnlyKeys("connection.applicationname", "connection.sslmdoe");
        assertThat(problems.get("connection.sslmdoe")).singleElement().asString()
            .contains("no property 'sslmdoe'").contains("case-sensitive");
    }

    @Test
    void refusesKeysThatConfigureACredentialsProvider() {
        assertThat(problems(Map.of("jdbc.credentials.provider.vault.path", "secret/db")))
            .hasEntrySatisfying("jdbc.credentials.provider.vault.path",
                m -> assertThat(m).singleElement().asString().contains("connection.user and connection.password"));
    }

    @Test
    void acceptsAConfluentKeyFerryDoesNotDefineOnlyAtConfluentsDefault() {
        Map<String, String> confluent = new java.util.HashMap<>();
        confluent.put("query.suffix", "");
        confluent.put("timestamp.granularity", "connect_logical");
        confluent.put("timestamp.initial", null);
        confluent.put("topic.prefix", "");

        Map<String, List<String>> atDefaults = problemsWith(confluent,
            Map.of("query.suffix", " ", "timestamp.granularity", "connect_logical", "topic.prefix", "x-"));
        Map<String, List<String>> otherwise = problemsWith(confluent,
            Map.of("query.suffix", "FOR UPDATE", "timestamp.initial", "-1", "timestamp.granularity", "nanos_s3cret"));

        assertThat(atDefaults).as("topic.prefix: defined by Ferry").isEmpty();
        assertThat(otherwise).containsOnlyKeys("query.suffix", "timestamp.initial", "timestamp.granularity");
        assertThat(otherwise.get("timestamp.granularity")).singleElement().asString()
            .contains("does not implement yet").contains("'connect_logical'").doesNotContain("s3cret");
        assertThat(otherwise.get("timestamp.initial")).singleElement().asString().endsWith("remove it");
    }

    private static Map<String, List<String>> problemsWith(Map<String, String> confluent, Map<String, String> props) {
        // a ConfigDef that, like Ferry's before the timestamp modes, defines only topic.prefix of these keys
        ConfigDef def = new ConfigDef().define("topic.prefix", ConfigDef.Type.STRING, "", ConfigDef.Importance.HIGH, "");
        return UndefinedKeys.problems(def, props, confluent).stream()
            .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    @Test
    void leavesKeysItDefinesAndKeysNobodyKnowsToOthers() {
        assertThat(problems(Map.of("connection.url", "jdbc:postgresql://db/x", "table.whitelist", "a",
            "tasks.max", "2", "transforms", "route", "some.other.key", "x"))).isEmpty();
    }

    @Test
    void checksOnlyTheConnectionAndCredentialsKeysForTheSink() {
        assertThat(UndefinedKeys.problems(SinkConfig.configDef(), Map.of("connection.sslmdoe", "require",
            "jdbc.credentials.provider.x", "y", "timestamp.initial", "0"))).extracting(ConfigValue::name)
            .containsExactlyInAnyOrder("connection.sslmdoe", "jdbc.credentials.provider.x");
    }
}
