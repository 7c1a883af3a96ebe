package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.SINK_CLASS;
import static io.ferry.stack.StackUnderTest.SOURCE_CLASS;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenario 5 of issue 3: mistakes a user makes in the seed's configs come back from Connect's
 * REST validate call on the key at fault, saying what to fix; passwords never leak.
 */
class ValidationIT {
    private static final String WRONG_PASSWORD = "not-the-Password-4711";

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void acceptsTheRepositorysConnectorsAsTheyAre() {
        assertThat(validate(SOURCE_CLASS, sourceConfig()).errorsByKey()).isEmpty();
        assertThat(validate(SINK_CLASS, sinkConfig()).errorsByKey()).isEmpty();
    }

    @Test
    void rejectsAnUnknownModeOnTheModeKeyListingTheValidModes() {
        Map<String, String> config = sourceConfig();
        config.put("mode", "incrementall");

        ValidationResult result = validate(SOURCE_CLASS, config);

        assertThat(result.errors("mode")).as("errors on mode in %s", result).isNotEmpty();
        assertThat(String.join(" ", result.errors("mode"))).contains("incrementall").contains("incrementing");
    }

    @Test
    void asksForTheIncrementingColumnWhenTheTableHasNoAutoIncrementColumn() {
        stack.postgres().source().execute("CREATE TABLE IF NOT EXISTS iris_plain (id int, "
            + "timestamp timestamp, sepal_length float8, target int)");
        Map<String, String> config = sourceConfig();
        config.put("table.whitelist", "iris_plain");
        config.remove("incrementing.column.name");

        ValidationResult result = validate(SOURCE_CLASS, config);

        assertThat(result.errors("incrementing.column.name")).as("errors on incrementing.column.name in %s", result)
            .isNotEmpty();
        assertThat(String.join(" ", result.errors("incrementing.column.name"))).contains("iris_plain");
    }

    @Test
    void refusesEachConfluentKeyOrValueFerryDoesNotImplementNamingItWithoutEchoingIt() {
        Map<String, String> config = sourceConfig();
        config.put("numeric.mapping", "precision_only");
        config.put("transaction.isolation.mode", "SQL_SERVER_SNAPSHOT");
        config.put("jdbc.credentials.provider.class", "com.example.VaultProvider");
        config.put("jdbc.credentials.provider.vault.token", "vault-s3cret");
        config.put("connection.sslmdoe", "require");

        ValidationResult result = validate(SOURCE_CLASS, config);

        assertThat(result.errorsByKey()).as("%s", result).containsOnlyKeys("numeric.mapping",
            "transaction.isolation.mode", "jdbc.credentials.provider.class", "jdbc.credentials.provider.vault.token",
            "connection.sslmdoe");
        assertThat(result.toString()).doesNotContain("vault-s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {SOURCE_CLASS, SINK_CLASS})
    void passesConnectionPropertiesToTheDriverAndRefusesOnesItDoesNotKnow(String connectorClass) {
        Map<String, String> known = configOf(connectorClass);
        known.put("connection.ApplicationName", "ferry-validation");
        Map<String, String> unknown = configOf(connectorClass);
        unknown.put("connection.applicationname", "ferry-validation");

        assertThat(validate(connectorClass, known).errorsByKey()).isEmpty();
        assertThat(String.join(" ", validate(connectorClass, unknown).errors("connection.applicationname")))
            .contains("no property 'applicationname'");
    }

    @Test
    void refusesTheRegexTableListsMixedWithTheOlderKeysOrAnExcludeListAlone() {
        Map<String, String> mixed = sourceConfig();
        mixed.put("table.include.list", "public\\.iris_.*");
        Map<String, String> excludeOnly = sourceConfig();
        excludeOnly.remove("table.whitelist");
        excludeOnly.remove("incrementing.column.name");
        excludeOnly.put("table.exclude.list", "public\\.iris_plain");

        assertThat(validate(SOURCE_CLASS, mixed).errorsByKey())
            .containsOnlyKeys("table.whitelist", "incrementing.column.name", "table.include.list");
        assertThat(validate(SOURCE_CLASS, excludeOnly).errorsByKey()).containsOnlyKeys("table.exclude.list");
    }

    @Test
    void readsOnlyTheTablesTheIncludeListMatchesLessTheExcludeList() {
        Database source = stack.postgres().source();
        source.execute("CREATE TABLE IF NOT EXISTS incl_kept (id serial PRIMARY KEY, v text)",
            "CREATE TABLE IF NOT EXISTS incl_dropped (id serial PRIMARY KEY, v text)",
            "CREATE TABLE IF NOT EXISTS incl_other (id bigserial PRIMARY KEY, v text)",
            "INSERT INTO incl_kept (v) VALUES ('kept')", "INSERT INTO incl_dropped (v) VALUES ('dropped')");
        ConnectorJson connector = StackUnderTest.repoConnector("source_connector.json").pointedAt(source)
            .named("include-list").without("table.whitelist").without("incrementing.column.name")
            .with("topic.prefix", "incl-").with("table.include.list", "public\\.incl_(kept|dropped)")
            .with("table.exclude.list", ".*dropped");

        ValidationResult result = validate(SOURCE_CLASS, validationBody(connector));
        stack.rest().create(connector.asJson());
        new ConnectorStates(stack.rest()).awaitRunning(connector.name());
        TopicContents topics = new TopicContents(stack.broker().bootstrapServers());
        Eventually.within(Duration.ofSeconds(60), () -> topics.topics().contains("incl-incl_kept")
            && topics.records("incl-incl_kept").size() == 1, () -> "no record in topic incl-incl_kept");
        String tasks = stack.rest().tasksText(connector.name());
        System.out.println("ValidationIT: tasks of the include-list connector: " + tasks);

        assertThat(result.errorsByKey()).isEmpty();
        assertThat(tasks).contains("incl_kept").doesNotContain("incl_dropped")
            .doesNotContain("incl_other").doesNotContain("iris_data");
        assertThat(topics.topics()).doesNotContain("incl-incl_dropped", "incl-incl_other", "incl-iris_data");
    }

    @Test
    void acceptsATableWithAColumnFerryCannotMapAndNamesTheColumnInTheWorkersLog() {
        stack.postgres().source().execute("CREATE TABLE IF NOT EXISTS with_tsvector (id serial PRIMARY KEY, "
            + "words tsvector)");
        Map<String, String> config = sourceConfig();
        config.put("table.whitelist", "with_tsvector");
        WorkerLog log = new WorkerLog(stack.get());
        long mark = log.mark();

        ValidationResult result = validate(SOURCE_CLASS, config);

        assertThat(result.errorsByKey()).isEmpty();
        assertThat(String.join("\n", log.linesSince(mark))).contains("public.with_tsvector").contains("words (tsvector)");
    }

    @Test
    void refusesTablesOfOneNameInTwoSchemasWhichWouldShareATopic() {
        stack.postgres().source().execute("CREATE SCHEMA IF NOT EXISTS lab",
            "CREATE TABLE IF NOT EXISTS public.twin (id serial PRIMARY KEY)",
            "CREATE TABLE IF NOT EXISTS lab.twin (id serial PRIMARY KEY)");
        Map<String, String> config = sourceConfig();
        config.put("table.whitelist", "twin");

        ValidationResult result = validate(SOURCE_CLASS, config);

        assertThat(result.errorsByKey()).containsOnlyKeys("table.whitelist");
        assertThat(String.join(" ", result.errors("table.whitelist"))).contains("[lab.twin, public.twin]");
    }

    @ParameterizedTest
    @ValueSource(strings = {SOURCE_CLASS, SINK_CLASS})
    void reportsAnUnreachableDatabaseOnConnectionUrl(String connectorClass) {
        int closedPort = LocalPorts.free();
        Map<String, String> config = configOf(connectorClass);
        config.put("connection.url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/mydatabase");

        ValidationResult result = validate(connectorClass, config);

        assertThat(result.errors("connection.url")).as("errors on connection.url in %s", result).isNotEmpty();
        assertThat(String.join(" ", result.errors("connection.url"))).contains(Integer.toString(closedPort));
    }

    @ParameterizedTest
    @ValueSource(strings = {SOURCE_CLASS, SINK_CLASS})
    void reportsAWrongPasswordOnAConnectionKeyWithoutEchoingIt(String connectorClass) {
        Map<String, String> config = configOf(connectorClass);
        config.put("connection.password", WRONG_PASSWORD);

        ValidationResult result = validate(connectorClass, config);

        List<String> errors = connectionErrors(result);
        assertThat(errors).as("errors on connection.url/user/password in %s", result).isNotEmpty();
        assertThat(String.join(" ", errors)).containsIgnoringCase("password").doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void keepsPasswordsOutOfTheWorkerLogAndOutOfTheConnectorsRestOutput() throws IOException {
        Path secrets = stack.worker().logFile().resolveSibling("secrets.properties");
        Files.writeString(secrets, "source.password=" + stack.postgres().source().password() + "\n");
        ConnectorJson literal = StackUnderTest.repoConnector("source_connector.json")
            .pointedAt(stack.postgres().source()).named("password-literal").with("topic.prefix", "literal-");
        ConnectorJson provided = literal.named("password-provided").with("topic.prefix", "provided-")
            .with("connection.password", "${file:" + secrets.toAbsolutePath() + ":source.password}");
        stack.rest().create(literal.asJson());
        stack.rest().create(provided.asJson());
        new ConnectorStates(stack.rest()).awaitRunning(literal.name(), provided.name());
        validate(SOURCE_CLASS, withPassword(sourceConfig(), WRONG_PASSWORD));
        validate(SINK_CLASS, withPassword(sinkConfig(), WRONG_PASSWORD));

        String log = String.join("\n", new WorkerLog(stack.get()).everyLine());
        assertThat(log).as("worker log").doesNotContain(stack.postgres().source().password())
            .doesNotContain(stack.postgres().target().password()).doesNotContain(WRONG_PASSWORD);
        // Connect echoes a literal password in GET /connectors/{name} (it shows the raw config;
        // no plugin can change that); a config provider is how a password stays out of it.
        assertThat(stack.rest().connectorText(provided.name()))
            .as("GET /connectors/%s", provided.name()).doesNotContain(stack.postgres().source().password());
        assertThat(stack.rest().tasksText(provided.name()))
            .as("GET /connectors/%s/tasks", provided.name()).doesNotContain(stack.postgres().source().password());
    }

    @Test
    void reportsAWrongTableNameFormatOnThatKeyNamingTheTableAndTopic() {
        Map<String, String> config = sinkConfig();
        config.put("table.name.format", "iris_dta");

        ValidationResult result = validate(SINK_CLASS, config);

        assertThat(result.errorsByKey()).as("errors in %s", result).containsOnlyKeys("table.name.format");
        assertThat(String.join(" ", result.errors("table.name.format"))).contains("\"iris_dta\"")
            .contains("postgres-source-iris_data").contains("auto.create");
    }

    @Test
    void reportsAKeyColumnTheTableLacksOnPkFields() {
        Map<String, String> config = sinkConfig();
        config.put("pk.fields", "id,iris_id");

        ValidationResult result = validate(SINK_CLASS, config);

        assertThat(result.errorsByKey()).as("errors in %s", result).containsOnlyKeys("pk.fields");
        assertThat(String.join(" ", result.errors("pk.fields"))).contains("[iris_id]").contains("\"iris_data\"");
    }

    @Test
    void reportsARelationOfAKindTableTypesLeavesOutOnTableTypes() {
        stack.postgres().target().execute("CREATE TABLE IF NOT EXISTS validation_base (id int PRIMARY KEY)",
            "CREATE OR REPLACE VIEW validation_view AS SELECT * FROM validation_base");
        Map<String, String> config = sinkConfig();
        config.put("table.name.format", "validation_view");

        ValidationResult result = validate(SINK_CLASS, config);

        assertThat(result.errorsByKey()).as("errors in %s", result).containsOnlyKeys("table.types");
        assertThat(String.join(" ", result.errors("table.types"))).contains("is a VIEW").contains("add VIEW");
        config.put("table.types", "TABLE,VIEW");
        assertThat(validate(SINK_CLASS, config).errorsByKey()).isEmpty();
    }

    @Test
    void acceptsEveryConfluentSinkKeyAtConfluentsDefault() {
        Map<String, String> config = sinkConfig();
        config.putAll(Map.ofEntries(Map.entry("dialect.name", ""), Map.entry("connection.attempts", "3"),
            Map.entry("connection.backoff.ms", "10000"), Map.entry("batch.size", "3000"),
            Map.entry("delete.enabled", "false"), Map.entry("table.types", "TABLE"),
            Map.entry("replace.null.with.default", "true"), Map.entry("fields.whitelist", ""),
            Map.entry("db.timezone", "UTC"), Map.entry("date.timezone", "DB_TIMEZONE"),
            Map.entry("timestamp.fields.list", ""), Map.entry("timestamp.precision.mode", "MICROSECONDS"),
            Map.entry("date.calendar.system", "LEGACY"), Map.entry("string.output.value.column.name", "record_value"),
            Map.entry("quote.sql.identifiers", "ALWAYS"), Map.entry("mssql.use.merge.holdlock", "true"),
            Map.entry("max.retries", "10"), Map.entry("retry.backoff.ms", "3000"),
            Map.entry("trim.sensitive.log", "false")));

        assertThat(validate(SINK_CLASS, config).errorsByKey()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"table.types, MATERIALIZED VIEW", "date.calendar.system, JULIAN",
        "timestamp.precision.mode, milliseconds", "date.timezone, Europe/Berlin"})
    void refusesASinkValueFerryDoesNotImplementOnItsKey(String key, String value) {
        Map<String, String> config = sinkConfig();
        config.put(key, value);

        ValidationResult result = validate(SINK_CLASS, config);

        assertThat(result.errorsByKey()).as("errors in %s", result).containsOnlyKeys(key);
        assertThat(String.join(" ", result.errors(key))).contains(value);
    }

    private static List<String> connectionErrors(ValidationResult result) {
        List<String> errors = new java.util.ArrayList<>();
        for (String key : List.of("connection.url", "connection.user", "connection.password")) {
            errors.addAll(result.errors(key));
        }
        return errors;
    }

    private static Map<String, String> withPassword(Map<String, String> config, String password) {
        config.put("connection.password", password);
        return config;
    }

    private static ValidationResult validate(String connectorClass, Map<String, String> config) {
        ValidationResult result = new ValidationResult(stack.rest().validate(connectorClass, config));
        System.out.println("ValidationIT: " + connectorClass + " -> " + result);
        return result;
    }

    private static Map<String, String> configOf(String connectorClass) {
        return SOURCE_CLASS.equals(connectorClass) ? sourceConfig() : sinkConfig();
    }

    private static Map<String, String> sourceConfig() {
        return validationBody(StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source()));
    }

    private static Map<String, String> sinkConfig() {
        return validationBody(StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target()));
    }

    /** What a user PUTs to validate a connector document: its config, with its name. */
    private static Map<String, String> validationBody(ConnectorJson connector) {
        Map<String, String> config = connector.configMap();
        config.put("name", connector.name());
        return config;
    }
}
