package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PasswordRole;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.SourceConfigs;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.IrisTable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The connector against a real database: validation reported on the right keys, table assignment. */
class PostgresSourceConnectorIT {
    private final PostgresSourceConnector connector = new PostgresSourceConnector();

    private Map<String, List<String>> errors(Map<String, String> props) {
        return connector.validate(props).configValues().stream()
            .filter(v -> !v.errorMessages().isEmpty())
            .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    private static Database irisDatabase(String name) {
        Database db = PostgresServer.server().createDatabase(name);
        IrisTable.createIn(db);
        return db;
    }

    @Test
    void acceptsTheSeedConfigForTheSeedTable() {
        Database db = irisDatabase("validate_seed");

        assertThat(errors(SourceConfigs.seed(db))).isEmpty();
    }

    @Test
    void reportsAnUnreachableServerOnTheUrl() {
        Map<String, String> props = SourceConfigs.seed("jdbc:postgresql://127.0.0.1:1/mydatabase", "myuser", "s3cret-pw");

        Map<String, List<String>> errors = errors(props);

        assertThat(errors).containsOnlyKeys("connection.url");
        assertThat(errors.get("connection.url")).singleElement().asString()
            .contains("Cannot connect to jdbc:postgresql://127.0.0.1:1/mydatabase").contains("host, port")
            .doesNotContain("s3cret-pw");
    }

    @Test
    void reportsAWrongPasswordOnThePasswordWithoutShowingIt() throws Exception {
        Database db = irisDatabase("validate_password");
        PasswordRole role = PasswordRole.create(db);
        db.execute("GRANT SELECT ON iris_data TO " + role.name);

        Map<String, List<String>> wrong = errors(SourceConfigs.seed(db.url(), role.name, "wrong-pw-123"));
        Map<String, List<String>> right = errors(SourceConfigs.seed(db.url(), role.name, role.password));

        assertThat(wrong).containsOnlyKeys("connection.password");
        assertThat(wrong.get("connection.password")).singleElement().asString()
            .contains("rejected the password").contains(role.name).doesNotContain("wrong-pw-123");
        assertThat(right).isEmpty();
    }

    @Test
    void reportsAWhitelistedTableThatDoesNotExist() {
        Database db = irisDatabase("validate_missing");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("table.whitelist", "iris_data,iris_dat");

        assertThat(errors(props)).containsOnlyKeys("table.whitelist");
        assertThat(errors(props).get("table.whitelist")).singleElement().asString().contains("iris_dat");
    }

    @Test
    void reportsColumnsItCannotMapOnTheTableKey() {
        Database db = irisDatabase("validate_unmapped");
        db.execute("ALTER TABLE iris_data ADD COLUMN tags point");

        Map<String, List<String>> errors = errors(SourceConfigs.seed(db));

        assertThat(errors).containsOnlyKeys("table.whitelist");
        assertThat(errors.get("table.whitelist")).singleElement().asString()
            .contains("public.iris_data").contains("tags (point)");
    }

    @Test
    void asksToSetTheIncrementingColumnWhenATableHasNoAutoIncrementColumn() {
        Database db = irisDatabase("validate_detect");
        db.execute("CREATE TABLE readings (reading_id bigint NOT NULL, value float8)",
            "CREATE TABLE twins (a serial, b serial)");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("table.whitelist", "iris_data,readings,twins");
        props.put("incrementing.column.name", "");

        List<String> messages = errors(props).get("incrementing.column.name");

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).contains("public.readings").contains("no auto-increment")
            .contains("set incrementing.column.name");
        assertThat(messages.get(1)).contains("public.twins").contains("2 auto-increment").contains("(a, b)");
    }

    @Test
    void refusesANullableOrNonIntegerIncrementingColumn() {
        Database db = irisDatabase("validate_column");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("incrementing.column.name", "target");

        assertThat(errors(props).get("incrementing.column.name")).singleElement().asString().contains("nullable");
        props.put("incrementing.column.name", "sepal_length");
        assertThat(errors(props).get("incrementing.column.name")).singleElement().asString().contains("float8");
    }

    @Test
    void givesOneTableToOneTaskWhenTwoAreAllowed() {
        Database db = irisDatabase("tasks_one_table");
        connector.initialize(new FakeConnectorContext());
        connector.start(SourceConfigs.seed(db));

        List<Map<String, String>> configs = connector.taskConfigs(2);
        connector.stop();

        assertThat(configs).singleElement()
            .satisfies(c -> assertThat(c.get("tables")).isEqualTo("\"public\".\"iris_data\""))
            .satisfies(c -> assertThat(c.get("topic.prefix")).isEqualTo("postgres-source-"));
    }

    @Test
    void spreadsTablesOverTasksAndReconfiguresWhenATableAppears() throws Exception {
        Database db = irisDatabase("tasks_monitor");
        db.execute("CREATE TABLE other (id serial PRIMARY KEY)");
        Map<String, String> props = new HashMap<>(SourceConfigs.seed(db));
        props.remove("table.whitelist");
        props.put("incrementing.column.name", "");
        props.put("table.poll.interval.ms", "100");
        FakeConnectorContext context = new FakeConnectorContext();
        connector.initialize(context);
        connector.start(props);

        List<Map<String, String>> before = connector.taskConfigs(2);
        db.execute("CREATE TABLE third (id serial PRIMARY KEY)");
        Eventually.within(Duration.ofSeconds(10), () -> context.reconfigurations.get() > 0,
            () -> "no task reconfiguration requested after table third appeared");
        List<Map<String, String>> after = connector.taskConfigs(2);
        connector.stop();

        assertThat(before).extracting(c -> c.get("tables"))
            .containsExactly("\"public\".\"iris_data\"", "\"public\".\"other\"");
        assertThat(context.reconfigurations.get()).isEqualTo(1);
        assertThat(after).extracting(c -> c.get("tables"))
            .containsExactly("\"public\".\"iris_data\",\"public\".\"other\"", "\"public\".\"third\"");
    }

    @Test
    void namesTheGrantsTheWakeupTriggerNeedsOnItsKey() {
        Database db = irisDatabase("validate_wakeup");
        String role = "ferry_plain_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        db.execute("CREATE ROLE " + role + " LOGIN", "GRANT SELECT ON iris_data TO " + role,
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        Map<String, String> props = SourceConfigs.seed(db.url(), role, "");
        props.put("wakeup.channel", "ferry_wakeup");
        props.put("wakeup.trigger.create", "true");

        Map<String, List<String>> refused = errors(props);
        db.execute("GRANT TRIGGER ON iris_data TO " + role, "GRANT CREATE ON SCHEMA public TO " + role);
        Map<String, List<String>> granted = errors(props);

        assertThat(refused).containsOnlyKeys("wakeup.trigger.create");
        assertThat(refused.get("wakeup.trigger.create")).singleElement().asString()
            .contains("TRIGGER privilege").contains("CREATE on schema public").contains("iris_data");
        assertThat(granted).isEmpty();
    }
}
