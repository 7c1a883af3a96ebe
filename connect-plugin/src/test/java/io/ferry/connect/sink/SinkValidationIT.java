package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.ScratchDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class SinkValidationIT {
    private final ScratchDatabase db = PostgresServer.server().createDatabase("validate");

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
    void showsARefusedLoginOnTheUserOrPasswordWithoutThePassword() {
        String role = "validator_" + Math.abs(db.url().hashCode());
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'right-password'");
        Map<String, List<String>> unknownUser = errors(new PostgresSinkConnector().validate(
            config("connection.user", "nobody_here", "connection.password", "pw-nobody")));
        assertThat(unknownUser.keySet()).containsAnyOf("connection.user", "connection.password");
        assertThat(unknownUser.toString()).doesNotContain("pw-nobody");
        if (passwordsAreChecked()) {
            Map<String, List<String>> wrongPassword = errors(new PostgresSinkConnector().validate(
                config("connection.user", role, "connection.password", "wrong-password")));
            assertThat(wrongPassword).containsOnlyKeys("connection.password");
            assertThat(wrongPassword.toString()).doesNotContain("wrong-password");
        }
    }

    private boolean passwordsAreChecked() {
        return db.rows("SELECT 1 FROM pg_hba_file_rules WHERE auth_method <> 'trust'").size() > 0;
    }
}
