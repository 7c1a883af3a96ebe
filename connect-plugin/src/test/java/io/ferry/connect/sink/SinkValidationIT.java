package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.testing.PasswordRole;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkValidationIT {
    private final Database db = PostgresServer.server().createDatabase("validate");

    /** The table of topic t, as the default table.name.format names it. */
    @BeforeEach
    void createTheTopicsTable() {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, name text)");
    }

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

    @Test
    void showsAMissingTableOnTableNameFormatNamingTableAndTopic() {
        Map<String, List<String>> errors = errors(new PostgresSinkConnector().validate(config("topics", "orders,t",
            "table.name.format", "staging_${topic}")));
        assertThat(errors).containsOnlyKeys("table.name.format");
        assertThat(errors.get("table.name.format")).hasSize(2);
        assertThat(errors.get("table.name.format").get(0)).contains("\"staging_orders\"").contains("topic orders")
            .contains("auto.create");

        assertThat(errors(new PostgresSinkConnector().validate(config("topics", "t", "table.name.format", "public.t"))))
            .isEmpty();
    }

    @Test
    void showsMissingKeyColumnsOnTheKeyThatNamesThem() {
        Map<String, List<String>> errors = errors(new PostgresSinkConnector().validate(config("insert.mode", "upsert",
            "pk.mode", "record_value", "pk.fields", "id,code")));
        assertThat(errors).containsOnlyKeys("pk.fields");
        assertThat(errors.get("pk.fields").get(0)).contains("\"t\"").contains("[code]")
            .contains("pk.mode=record_value");

        assertThat(errors(new PostgresSinkConnector().validate(config("pk.mode", "kafka")))).containsOnlyKeys("pk.mode")
            .extractingByKey("pk.mode").asString().contains("__connect_topic");
        assertThat(errors(new PostgresSinkConnector().validate(config("pk.mode", "kafka", "pk.fields", "a,b,c"))))
            .containsOnlyKeys("pk.fields");
        assertThat(errors(new PostgresSinkConnector().validate(config("pk.mode", "record_key", "pk.fields", "name"))))
            .isEmpty();
        assertThat(errors(new PostgresSinkConnector().validate(config("pk.mode", "record_key")))).as("fields known "
            + "only from the records").isEmpty();
    }

    @Test
    void showsARelationOfAKindTableTypesLeavesOutOnTableTypes() {
        db.execute("CREATE VIEW v AS SELECT * FROM t");
        assertThat(errors(new PostgresSinkConnector().validate(config("table.name.format", "v"))))
            .containsOnlyKeys("table.types").extractingByKey("table.types").asString().contains("is a VIEW");
        assertThat(errors(new PostgresSinkConnector().validate(config("table.name.format", "v", "table.types",
            "TABLE,VIEW")))).isEmpty();
    }

    @Test
    void checksNoTableTheRecordsAloneName() {
        Map<String, String> byRegex = config("table.name.format", "nowhere_${topic}");
        byRegex.remove("topics");
        byRegex.put("topics.regex", "t.*");
        assertThat(errors(new PostgresSinkConnector().validate(byRegex))).as("topics.regex").isEmpty();
        assertThat(errors(new PostgresSinkConnector().validate(config("table.name.format", "nowhere_${topic}",
            "transforms", "route", "transforms.route.type", "org.apache.kafka.connect.transforms.RegexRouter"))))
            .as("a transform may rename the topic").isEmpty();
        assertThat(errors(new PostgresSinkConnector().validate(config("table.name.format", "nowhere",
            "transforms", "route", "transforms.route.type", "org.apache.kafka.connect.transforms.RegexRouter"))))
            .as("a name without ${topic} is the table whatever the topic").containsOnlyKeys("table.name.format");
    }

    @Test
    void aTableOrColumnsAutoCreateOrAutoEvolveWillMakeAreNoProblem() throws Exception {
        SinkSettings create = io.ferry.connect.config.SinkConfig.parse(config("table.name.format", "${topic}",
            "topics", "fresh", "pk.mode", "record_value", "pk.fields", "id,code", "auto.create", "true"));
        SinkSettings noCreate = io.ferry.connect.config.SinkConfig.parse(config("table.name.format", "${topic}",
            "topics", "fresh", "pk.mode", "record_value", "pk.fields", "id,code"));
        SinkSettings evolve = io.ferry.connect.config.SinkConfig.parse(config("pk.mode", "record_value",
            "pk.fields", "id,code", "auto.evolve", "true"));
        SinkSettings kafka = io.ferry.connect.config.SinkConfig.parse(config("pk.mode", "kafka", "auto.evolve",
            "true"));
        try (Connection connection = db.connect()) {
            assertThat(new DestinationCheck(create).problems(connection, "fresh", false)).isEmpty();
            assertThat(new DestinationCheck(noCreate).problems(connection, "fresh", false))
                .containsOnlyKeys("table.name.format");
            assertThat(new DestinationCheck(evolve).problems(connection, "t", false)).isEmpty();
            assertThat(new DestinationCheck(kafka).problems(connection, "t", false))
                .as("auto.evolve adds no column for Kafka's coordinates, which have no default")
                .containsOnlyKeys("pk.mode");
        }
        assertThat(errors(new PostgresSinkConnector().validate(config("table.name.format", "${topic}",
            "topics", "fresh", "auto.create", "true")))).isEmpty();
    }

    @Test
    void aTableAutoCreateWouldMakeMustBeAKindTableTypesAllows() {
        Map<String, List<String>> errors = errors(new PostgresSinkConnector().validate(config("table.name.format",
            "${topic}", "topics", "fresh", "auto.create", "true", "table.types", "VIEW")));
        assertThat(errors).containsOnlyKeys("table.types");
        assertThat(errors.get("table.types").get(0)).contains("\"fresh\"").contains("auto.create would create a TABLE");
    }
}
