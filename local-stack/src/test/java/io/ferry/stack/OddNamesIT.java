package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 8 of issue 5 (odd names): tables and columns whose names hold quotes, spaces and
 * semicolons, or are SQL keywords, stream end to end, and a sink table named like an SQL
 * injection is just a table name. The topic is topic.prefix + table name, as in Confluent's
 * connector; a name Kafka does not allow in a topic is renamed with a RegexRouter transform.
 */
class OddNamesIT {
    private static final String COLUMNS = "\"a b;c\" text, \"it's \"\"quoted\"\"\" text, \"Mixed Case\" int";
    private static final String INJECTION_TABLE = "odd \"table\"; DROP TABLE victim; --";
    private static final String WEIRD_TABLE = "weird \"table\"; drop";
    private static final int ROWS = 20;

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void streamsTablesAndColumnsWithQuotesSpacesSemicolonsAndKeywordsAsTheyAre() {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        source.execute("CREATE TABLE \"select\" (id serial PRIMARY KEY, " + COLUMNS + ")",
            "CREATE TABLE " + quoted(WEIRD_TABLE) + " (id serial PRIMARY KEY, " + COLUMNS + ")");
        target.execute("CREATE TABLE victim (x int)",
            "CREATE TABLE " + quoted(INJECTION_TABLE) + " (id int PRIMARY KEY, " + COLUMNS + ")");
        for (int i = 0; i < ROWS; i++) {
            for (String table : List.of("\"select\"", quoted(WEIRD_TABLE))) {
                source.execute("INSERT INTO " + table + " (\"a b;c\", \"it's \"\"quoted\"\"\", \"Mixed Case\") "
                    + "VALUES ('x''); DROP TABLE victim; --', 'row " + i + "', " + i + ")");
            }
        }

        stack.rest().create(connector("odd-source",
            "connector.class", StackUnderTest.SOURCE_CLASS,
            "connection.url", source.url(), "connection.user", source.user(), "connection.password", source.password(),
            "table.whitelist", "select," + WEIRD_TABLE, "topic.prefix", "odd-",
            "mode", "incrementing", "incrementing.column.name", "id",
            "transforms", "rename",
            "transforms.rename.type", "org.apache.kafka.connect.transforms.RegexRouter",
            "transforms.rename.regex", "odd-weird \"table\"; drop",
            "transforms.rename.replacement", "odd-weird_table"));
        stack.rest().create(connector("odd-sink",
            "connector.class", StackUnderTest.SINK_CLASS,
            "connection.url", target.url(), "connection.user", target.user(), "connection.password", target.password(),
            "topics", "odd-select", "table.name.format", quoted(INJECTION_TABLE),
            "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id"));
        new ConnectorStates(stack.rest()).awaitRunning("odd-source", "odd-sink");

        String select = "SELECT id, \"a b;c\", \"it's \"\"quoted\"\"\", \"Mixed Case\" FROM %s ORDER BY id";
        Eventually.within(Duration.ofSeconds(60), () -> target.count(quoted(INJECTION_TABLE)) == ROWS,
            () -> "target table has " + target.count(quoted(INJECTION_TABLE)) + " rows, expected " + ROWS);
        List<List<Object>> written = target.rows(String.format(select, quoted(INJECTION_TABLE)));
        int renamedTopicRecords = new TopicContents(stack.broker().bootstrapServers()).records("odd-weird_table").size();
        System.out.printf("OddNamesIT: rows written %d, in the target table %s %d, lost %d; records in topic "
                + "odd-weird_table (from table %s) %d%n", ROWS, INJECTION_TABLE, written.size(), ROWS - written.size(),
            WEIRD_TABLE, renamedTopicRecords);

        assertThat(written).isEqualTo(source.rows(String.format(select, "\"select\"")));
        assertThat(written.get(0).get(1)).isEqualTo("x'); DROP TABLE victim; --");
        assertThat(target.count("victim")).as("the table an injection would drop is still there").isZero();
        assertThat(renamedTopicRecords).isEqualTo(ROWS);
    }

    @Test
    void failsTheTaskNamingTheTopicWhenATableNameIsNoValidTopicName() {
        Database source = stack.postgres().source();
        source.execute("CREATE TABLE IF NOT EXISTS \"no topic; here\" (id serial PRIMARY KEY, v text)",
            "INSERT INTO \"no topic; here\" (v) VALUES ('x')");
        stack.rest().create(connector("bad-topic-source",
            "connector.class", StackUnderTest.SOURCE_CLASS,
            "connection.url", source.url(), "connection.user", source.user(), "connection.password", source.password(),
            "table.whitelist", "no topic; here", "topic.prefix", "bad-",
            "mode", "incrementing", "incrementing.column.name", "id"));
        ConnectorStates states = new ConnectorStates(stack.rest());
        Eventually.within(Duration.ofSeconds(60),
            () -> stack.rest().status("bad-topic-source").path("tasks").path(0).path("state").asText().equals("FAILED"),
            () -> "bad-topic-source has no FAILED task: " + states.describe("bad-topic-source"));
        String trace = stack.rest().status("bad-topic-source").path("tasks").path(0).path("trace").asText();
        System.out.println("OddNamesIT: a table whose topic name Kafka rejects fails its task: "
            + trace.lines().filter(l -> l.startsWith("Caused by")).reduce((first, last) -> last).orElse(trace));
        assertThat(trace).contains("bad-no topic; here");
        assertThat(new WorkerLog(stack.get()).linesSince(0)).as("the task's warning at start")
            .anyMatch(l -> l.contains("[bad-topic-source|task-0]") && l.contains("topic 'bad-no topic; here'")
                && l.contains("RegexRouter"));
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A {@code {"name": ..., "config": {...}}} document from key, value, key, value, ... */
    private static JsonNode connector(String name, String... config) {
        return ConnectorJson.of(name, config).asJson();
    }
}
