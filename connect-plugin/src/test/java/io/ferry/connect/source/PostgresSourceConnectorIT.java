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

    /** The embedded server has no TLS: a login that the driver is told to make over TLS fails. */
    @Test
    void logsInWithTheDriverPropertiesOfConnectionKeys() {
        Database db = irisDatabase("validate_driver_properties");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("connection.ApplicationName", "ferry-validate");

        Map<String, List<String>> plain = errors(props);
        props.put("connection.sslmode", "require");
        Map<String, List<String>> tls = errors(props);

        assertThat(plain).isEmpty();
        assertThat(tls).containsOnlyKeys("connection.url");
        assertThat(tls.get("connection.url")).singleElement().asString().containsIgnoringCase("SSL");
    }

    @Test
    void acceptsEveryKeyOfConfluentsConnectorAtItsDefault() {
        Database db = irisDatabase("validate_confluent_defaults");
        Map<String, String> props = new HashMap<>();
        io.ferry.connect.config.ConfluentSourceKeys.DEFAULTS.forEach((key, value) -> {
            if (value != null) {
                props.put(key, value);
            }
        });
        props.putAll(SourceConfigs.seed(db));

        assertThat(errors(props)).isEmpty();
    }

    @Test
    void reportsAWhitelistedTableThatDoesNotExist() {
        Database db = irisDatabase("validate_missing");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("table.whitelist", "iris_data,iris_dat");

        assertThat(errors(props)).containsOnlyKeys("table.whitelist");
        assertThat(errors(props).get("table.whitelist")).singleElement().asString().contains("iris_dat");
    }

    /** Confluent's connector leaves such a column out with a warning, and so does a task: validation names it in the log. */
    @Test
    void acceptsATableWithAColumnItCannotMap() {
        Database db = irisDatabase("validate_unmapped");
        db.execute("ALTER TABLE iris_data ADD COLUMN tags point");

        assertThat(errors(SourceConfigs.seed(db))).isEmpty();
    }

    @Test
    void refusesTablesOfOneNameInTwoSchemasWhichWouldShareATopic() {
        Database db = irisDatabase("validate_same_name");
        db.execute("CREATE SCHEMA lab", "CREATE TABLE lab.iris_data (id serial PRIMARY KEY)");
        Map<String, String> props = SourceConfigs.seed(db);

        Map<String, List<String>> bareName = errors(props);
        props.put("table.whitelist", "public.iris_data");
        Map<String, List<String>> qualified = errors(props);

        assertThat(bareName).containsOnlyKeys("table.whitelist");
        assertThat(bareName.get("table.whitelist")).singleElement().asString()
            .contains("[lab.iris_data, public.iris_data] would all go to topic postgres-source-iris_data");
        assertThat(qualified).isEmpty();
    }

    @Test
    void failsTheConnectorWhenTablesOfOneNameInTwoSchemasAreFound() {
        Database db = irisDatabase("tasks_same_name");
        db.execute("CREATE SCHEMA lab", "CREATE TABLE lab.iris_data (id serial PRIMARY KEY)");
        FakeConnectorContext context = new FakeConnectorContext();
        connector.initialize(context);
        connector.start(SourceConfigs.seed(db));

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> connector.taskConfigs(2));
        connector.stop();

        assertThat(failure).isInstanceOf(org.apache.kafka.connect.errors.ConnectException.class)
            .hasMessageContaining("lab.iris_data, public.iris_data");
        assertThat(context.raised).isSameAs(failure);
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
    void reportsACatalogPatternOtherThanTheConnectedDatabaseAsSelectingNothing() {
        Database db = irisDatabase("validate_catalog");
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("catalog.pattern", "mydatabase");

        Map<String, List<String>> other = errors(props);
        props.put("catalog.pattern", db.name());
        Map<String, List<String>> own = errors(props);

        assertThat(other).containsOnlyKeys("catalog.pattern");
        assertThat(other.get("catalog.pattern")).singleElement().asString()
            .contains("Selects no table").contains("'" + db.name() + "'");
        assertThat(own).isEmpty();
    }

    @Test
    void readsOnlyTheTablesTheIncludeListMatchesLessTheExcludeList() {
        Database db = irisDatabase("tasks_include");
        db.execute("CREATE SCHEMA lab", "CREATE TABLE lab.iris_copy (id serial PRIMARY KEY)",
            "CREATE TABLE iris_archive (id serial PRIMARY KEY)", "CREATE TABLE other (id serial PRIMARY KEY)");
        Map<String, String> props = new HashMap<>(SourceConfigs.seed(db));
        props.remove("table.whitelist");
        props.remove("incrementing.column.name");
        props.put("table.include.list", "public\\.iris_.*,lab\\..*");
        props.put("table.exclude.list", ".*_archive");
        connector.initialize(new FakeConnectorContext());

        Map<String, List<String>> errors = errors(props);
        connector.start(props);
        List<Map<String, String>> configs = connector.taskConfigs(4);
        connector.stop();

        assertThat(errors).isEmpty();
        assertThat(configs).extracting(c -> c.get("tables"))
            .containsExactlyInAnyOrder("\"public\".\"iris_data\"", "\"lab\".\"iris_copy\"");
    }

    /**
     * The first listing outlasts table.monitoring.startup.polling.limit.ms: the connector's role may
     * not log in until the test allows it again, after the connector answered without tasks and
     * before the monitor's second connection attempt.
     */
    @Test
    void startsWithoutTasksWhenTheFirstListingOutlastsTheStartupLimitAndReconfiguresOnceItEnds() {
        Database db = irisDatabase("tasks_startup_limit");
        String role = "ferry_late_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        db.execute("CREATE ROLE " + role + " NOLOGIN", "GRANT SELECT ON iris_data TO " + role);
        Map<String, String> props = new HashMap<>(SourceConfigs.seed(db.url(), role, ""));
        props.put("table.monitoring.startup.polling.limit.ms", "200");
        props.put("connection.attempts", "2");
        props.put("connection.backoff.ms", "3000");
        FakeConnectorContext context = new FakeConnectorContext();
        connector.initialize(context);
        connector.start(props);

        List<Map<String, String>> before = connector.taskConfigs(2);
        db.execute("ALTER ROLE " + role + " LOGIN");
        Eventually.within(Duration.ofSeconds(20), () -> context.reconfigurations.get() > 0,
            () -> "no task reconfiguration requested once the tables could be listed");
        List<Map<String, String>> after = connector.taskConfigs(2);
        connector.stop();

        assertThat(before).isEmpty();
        assertThat(after).extracting(c -> c.get("tables")).containsExactly("\"public\".\"iris_data\"");
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

    private static Map<String, String> timestampIncrementing(Database db) {
        Map<String, String> props = SourceConfigs.seed(db);
        props.put("mode", "timestamp+incrementing");
        props.put("timestamp.column.name", "timestamp");
        props.put("validate.non.null", "false");
        return props;
    }

    @Test
    void acceptsTheSeedTableInTimestampIncrementingModeAndNamesAMissingOrWrongTimestampColumn() {
        Database db = irisDatabase("validate_timestamps");
        Map<String, String> props = timestampIncrementing(db);

        assertThat(errors(props)).isEmpty();
        props.put("timestamp.column.name", "changed_at");
        assertThat(errors(props)).containsOnlyKeys("timestamp.column.name");
        assertThat(errors(props).get("timestamp.column.name")).singleElement().asString()
            .contains("Table public.iris_data has no column 'changed_at'");
        props.put("timestamp.column.name", "target");
        assertThat(errors(props).get("timestamp.column.name")).singleElement().asString()
            .contains("has type int4").contains("timestamp or timestamptz");
        props.put("timestamp.column.name", "timestamp");
        props.put("validate.non.null", "true");
        assertThat(errors(props).get("timestamp.column.name")).singleElement().asString().contains("all nullable");
    }

    @Test
    void reportsATableThatMatchesNoneOrSeveralRegexesOfAMapping() {
        Database db = irisDatabase("validate_mappings");
        Map<String, String> props = timestampIncrementing(db);
        props.remove("timestamp.column.name");
        props.remove("incrementing.column.name");
        props.remove("table.whitelist"); // the mappings go with the regex lists, as in Confluent's connector
        props.put("table.include.list", "public\\.iris_data");
        props.put("timestamp.columns.mapping", "public\\.iris.*:[timestamp],.*data:[timestamp]");
        props.put("incrementing.column.mapping", "other\\..*:id");

        Map<String, List<String>> errors = errors(props);

        assertThat(errors).containsOnlyKeys("timestamp.columns.mapping", "incrementing.column.mapping");
        assertThat(errors.get("timestamp.columns.mapping")).singleElement().asString()
            .contains("public.iris_data matches 2 of the regexes");
        assertThat(errors.get("incrementing.column.mapping")).singleElement().asString()
            .contains("public.iris_data matches none of the regexes");
    }

    @Test
    void namesASuffixPostgresqlRefusesOnItsKey() {
        Database db = irisDatabase("validate_suffix");
        Map<String, String> props = timestampIncrementing(db);
        props.put("query.suffix", "LIMIT 10");

        assertThat(errors(props)).containsOnlyKeys("query.suffix");
        assertThat(errors(props).get("query.suffix")).singleElement().asString()
            .contains("syntax error at or near \"LIMIT\"").contains("LIMIT ? LIMIT 10");
        props.put("query.suffix", "OFFSET 0");
        assertThat(errors(props)).isEmpty();
    }

    private static Map<String, String> queryConfig(Database db, String key, String query) {
        Map<String, String> props = SourceConfigs.seed(db);
        props.remove("table.whitelist");
        props.put(key, query);
        return props;
    }

    @Test
    void acceptsAQueryWithItsOwnWhereAndNamesWhatPostgresqlFindsWrongWithOthers() {
        Database db = irisDatabase("validate_query");

        assertThat(errors(queryConfig(db, "query", "SELECT id, target FROM iris_data WHERE target > 0"))).isEmpty();
        assertThat(errors(queryConfig(db, "query", "SELECT id, target FROM iris_dat")).get("query")).singleElement()
            .asString().contains("relation \"iris_dat\" does not exist").contains("42P01");
        assertThat(errors(queryConfig(db, "query", "DELETE FROM iris_data RETURNING id")).get("query")).singleElement()
            .asString().contains("syntax error").contains("one SELECT");
        assertThat(errors(queryConfig(db, "query", "SELECT a.id, b.id FROM iris_data a JOIN iris_data b USING (id)"))
            .get("query")).singleElement().asString().contains("two columns named id").contains("42702");
        assertThat(errors(queryConfig(db, "query", "SELECT target FROM iris_data")).get("incrementing.column.name"))
            .singleElement().asString().contains("The custom query has no column 'id'");
    }

    @Test
    void neverShowsAMaskedQueryInItsMessages() {
        Database db = irisDatabase("validate_masked");
        String secret = "SELECT id FROM iris_data WHERE sepal_length > 4.2 AND secret_marker_col = 1";

        Map<String, List<String>> errors = errors(queryConfig(db, "query.masked", secret));

        assertThat(errors).containsOnlyKeys("query.masked");
        assertThat(errors.get("query.masked")).singleElement().asString().contains("42703")
            .doesNotContain("secret_marker_col").doesNotContain("4.2");
        assertThat(connector.validate(queryConfig(db, "query.masked", secret)).configValues().stream()
            .filter(v -> v.name().equals("query.masked")).findFirst().orElseThrow().value().toString())
            .doesNotContain("secret_marker_col");
    }

    @Test
    void givesTheQueryToOneTaskWithoutLookingForTables() {
        Database db = irisDatabase("tasks_query");
        connector.initialize(new FakeConnectorContext());
        connector.start(queryConfig(db, "query", "SELECT id FROM iris_data"));

        List<Map<String, String>> configs = connector.taskConfigs(3);
        connector.stop();

        assertThat(configs).singleElement().satisfies(c -> assertThat(c).doesNotContainKey("tables"));
    }
}
