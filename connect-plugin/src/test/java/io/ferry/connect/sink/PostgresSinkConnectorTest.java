package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PostgresSinkConnectorTest {
    private final PostgresSinkConnector connector = new PostgresSinkConnector();

    private static Map<String, String> config(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:postgresql://localhost:5432/db");
        props.put("topics", "orders");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    private static List<String> errorsOn(Config config, String key) {
        return config.configValues().stream().filter(v -> v.name().equals(key))
            .flatMap(v -> v.errorMessages().stream()).collect(Collectors.toList());
    }

    @Test
    void validateAcceptsAutoCreateAndAutoEvolve() {
        // insert.mode is wrong so that validate stops before it logs in: no database here
        Config result = connector.validate(config("auto.create", "true", "auto.evolve", "true", "insert.mode", "merge"));
        assertThat(errorsOn(result, "auto.create")).isEmpty();
        assertThat(errorsOn(result, "auto.evolve")).isEmpty();
        assertThat(errorsOn(result, "insert.mode")).isNotEmpty();
    }

    @Test
    void validateShowsAnUnknownInsertModeOnItsKey() {
        assertThat(errorsOn(connector.validate(config("insert.mode", "merge")), "insert.mode")).isNotEmpty();
    }

    @Test
    void validateRejectsANonPostgresUrlOnTheUrlKey() {
        assertThat(errorsOn(connector.validate(config("connection.url", "jdbc:mysql://h/db")), "connection.url"))
            .singleElement().asString().contains("jdbc:postgresql://");
    }

    @Test
    void startRejectsUpsertWithoutPrimaryKey() {
        assertThatThrownBy(() -> connector.start(config("insert.mode", "upsert")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("pk.mode");
    }

    @Test
    void givesEveryTaskTheConnectorConfiguration() {
        connector.start(config("insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id"));
        assertThat(connector.taskConfigs(3)).hasSize(3).allSatisfy(c -> assertThat(c).containsEntry("pk.fields", "id"));
        assertThat(connector.taskClass()).isEqualTo(PostgresSinkTask.class);
        assertThat(connector.version()).isEqualTo(Version.get());
    }
}
