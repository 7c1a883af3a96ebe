package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PasswordRole;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class SinkValidationIT {
    private final Database db = PostgresServer.server().createDatabase("validate");

    private Map<String, String> config(String... keyValues) {
        Map<String, String> props = db.connectionConfig();
        props.put("topics", "t");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    private static Map<String, List<String>> errors(Config config) {
        return config.configValues().stream().filter(v -> !v.errorMessages().isEmpty())
            .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    @Test
    void aValidConfigurationHasNoErrors() {
        assertThat(errors(new PostgresSinkConnector().validate(config("insert.mode", "upsert", "pk.mode",
            "record_value", "pk.fields", "id")))).isEmpty();
    }

    @Test
    void showsCrossKeyProblemsOnTheKeyToChange() {
        assertThat(errors(new PostgresSinkConnector().validate(config("insert.mode", "upsert"))))
            .containsOnlyKeys("pk.mode");
        assertThat(errors(new PostgresSinkConnector().validate(config("delete.enabled", "true", "pk.mode", "kafka"))))
            .containsOnlyKeys("delete.enabled");
        assertThat(errors(new PostgresSinkConnector().validate(config("pk.mode", "kafka", "pk.fields", "a"))))
            .containsOnlyKeys("pk.fields");
    }

    /** The embedded server has no TLS: a login that the driver is told to make over TLS fails. */
    @Test
    void logsInWithTheDriverPropertiesOfConnectionKeysAndRefusesOnesTheDriverDoesNotKnow() {
        Map<String, List<String>> plain = errors(new PostgresSinkConnector().validate(
            config("connection.sslmode", "disable", "connection.ApplicationName", "ferry-validate")));
        Map<String, List<String>> tls = errors(new PostgresSinkConnector().validate(config("connection.sslmode", "require")));
        Map<String, List<String>> typo = errors(new PostgresSinkConnector().validate(config("connection.sslmdoe", "require",
            "jdbc.credentials.provider.class", "com.example.Vault")));

        assertThat(plain).isEmpty();
        assertThat(tls).containsOnlyKeys("connection.url");
        assertThat(tls.get("connection.url").get(0)).containsIgnoringCase("SSL");
        assertThat(typo).containsOnlyKeys("connection.sslmdoe", "jdbc.credentials.provider.class");
    }

    @Test
    void showsAnUnreachableDatabaseOnTheUrl() {
        Map<String, List<String>> errors = errors(new PostgresSinkConnector().validate(
            config("connection.url", "jdbc:postgresql://127.0.0.1:1/nowhere?password=urlsecret")));
        assertThat(errors).containsOnlyKeys("connection.url");
        assertThat(errors.get("connection.url").get(0)).contains("Cannot connect").doesNotContain("urlsecret");
    }

    @Test
    void showsAnUnknownDatabaseOnTheUrl() {
        String url = db.url().substring(0, db.url().lastIndexOf('/') + 1) + "no_such_db";
        assertThat(errors(new PostgresSinkConnector().validate(config("connection.url", url))))
            .containsOnlyKeys("connection.url");
    }

    @Test
    void showsAnUnknownUserOnTheUserKeyWithoutThePassword() {
        Map<String, List<String>> errors = errors(new PostgresSinkConnector().validate(
            config("connection.user", "nobody_here", "connection.password", "pw-nobody")));
        assertThat(errors.keySet()).containsAnyOf("connection.user", "connection.password").hasSize(1);
        assertThat(errors.toString()).doesNotContain("pw-nobody");
    }

    @Test
    void showsAWrongPasswordOnThePasswordKeyWithoutThePassword() throws Exception {
        PasswordRole role = PasswordRole.create(db);
        Map<String, List<String>> errors = errors(new PostgresSinkConnector().validate(
            config("connection.user", role.name, "connection.password", "wrong-password")));
        assertThat(errors).containsOnlyKeys("connection.password");
        assertThat(errors.toString()).doesNotContain("wrong-password");
        assertThat(errors(new PostgresSinkConnector().validate(
            config("connection.user", role.name, "connection.password", role.password)))).isEmpty();
    }
}
