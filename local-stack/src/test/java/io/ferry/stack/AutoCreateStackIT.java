package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.ConfluentTables;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.TableStructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12, items 1 and 2, on a real worker: topics written through the worker's JsonConverter
 * into tables the sink creates (auto.create) and evolves (auto.evolve), read back from
 * information_schema and compared with the tables Confluent's PostgreSQL dialect creates. The
 * worker also loads debezium-core, for a Debezium change event flattened by its
 * ExtractNewRecordState.
 */
class AutoCreateStackIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.withWorkerSettings(settings -> settings.with(
        "plugin.path", StackUnderTest.pluginPath() + "," + StackUnderTest.debeziumPluginPath()));
    private static ConnectJsonRecords kafka;
    private static ConnectorStates states;
    private static Database target;

    @BeforeAll
    static void connectToTheStack() {
        kafka = new ConnectJsonRecords(stack.broker().bootstrapServers());
        states = new ConnectorStates(stack.rest());
        target = stack.postgres().target();
    }

    /** The repository's sink, for topic {@code name} into table {@code name} (underscored), creating and evolving. */
    private static ConnectorJson sink(String name) {
        return StackUnderTest.repoConnector("sink_connector.json").pointedAt(target).named(name)
            .with("topics", name).with("table.name.format", table(name)).with("auto.create", "true")
            .with("auto.evolve", "true").with("transforms", "").with("tasks.max", "1");
    }

    private static String table(String name) {
        return name.replace('-', '_');
    }

    private static void awaitRows(ConnectorJson sink, String table, int rows) {
        Eventually.within(WAIT, () -> count(table) == rows, () -> "table " + table + " has " + count(table)
            + " rows, expected " + rows + "; sink " + states.describe(sink.name()));
    }

    private static long count(String table) {
        boolean exists = !target.rows("SELECT to_regclass('" + table + "')").get(0).contains(null);
        return exists ? target.count(table) : -1;
    }

    @Test
    void everyConnectTypeLandsInTheTableConfluentsDialectCreatesUnchanged() {
        ConnectorJson sink = sink("every-type").with("pk.mode", "record_value").with("pk.fields", "id");
        kafka.produce("every-type", 0, null, Arrays.asList(AutoCreateJson.everyType(1, false),
            AutoCreateJson.everyType(2, true)));
        stack.rest().create(sink.asJson());
        awaitRows(sink, "every_type", 2);

        assertThat(TableStructure.of(target, "public", "every_type"))
            .isEqualTo(ConfluentTables.create(target, "confluent", "every_type", ConfluentTables.EVERY_TYPE));
        assertThat(target.rows("SELECT " + ConfluentTables.EVERY_COLUMN_AS_TEXT + " FROM every_type ORDER BY id"))
            .containsExactly(ConfluentTables.EVERY_VALUE_AS_TEXT,
                new ArrayList<>(Collections.nCopies(ConfluentTables.EVERY_VALUE_AS_TEXT.size(), null)));
    }

    @Test
    void everyTypesDefaultIsDeclaredAsTheColumnsDefault() {
        ConnectorJson sink = sink("defaults").with("pk.mode", "none").with("pk.fields", "")
            .with("insert.mode", "insert");
        kafka.produce("defaults", 0, null, Arrays.asList(AutoCreateJson.defaults()));
        stack.rest().create(sink.asJson());
        awaitRows(sink, "defaults", 1);

        assertThat(TableStructure.of(target, "public", "defaults"))
            .isEqualTo(ConfluentTables.create(target, "confluent", "defaults", ConfluentTables.DEFAULTS));
        target.execute("INSERT INTO defaults DEFAULT VALUES");
        assertThat(target.rows("SELECT " + ConfluentTables.DEFAULT_COLUMNS_AS_TEXT + " FROM defaults"))
            .as("the record's row, then one of defaults alone")
            .containsExactly(ConfluentTables.DEFAULTS_AS_TEXT, ConfluentTables.DEFAULTS_AS_TEXT);
    }

    @Test
    void newFieldsAddColumnsAndARequiredOneWithoutDefaultGoesToTheDeadLetterQueue() {
        ConnectorJson sink = sink("items").with("pk.mode", "record_value").with("pk.fields", "id")
            .with("errors.tolerance", "all").with("errors.deadletterqueue.topic.name", "items-dlq")
            .with("errors.deadletterqueue.topic.replication.factor", "1")
            .with("errors.deadletterqueue.context.headers.enable", "true");
        kafka.produce("items", 0, null, Arrays.asList(AutoCreateJson.itemV1(1)));
        stack.rest().create(sink.asJson());
        awaitRows(sink, "items", 1);
        kafka.produce("items", 0, null, Arrays.asList(AutoCreateJson.itemV2(2), AutoCreateJson.itemWithRequiredPrice(3),
            AutoCreateJson.itemV1(4)));
        awaitRows(sink, "items", 3);

        assertThat(TableStructure.of(target, "public", "items").columns()).containsExactly("id integer NOT NULL",
            "name text", "colour text", "qty integer DEFAULT 1");
        assertThat(target.rows("SELECT id, name, colour, qty FROM items ORDER BY id")).containsExactly(
            Arrays.asList(1, "v1-1", null, 1), Arrays.asList(2, "v2-2", "red", 5), Arrays.asList(4, "v1-4", null, 1));
        TopicContents topics = new TopicContents(stack.broker().bootstrapServers());
        Eventually.within(WAIT, () -> topics.records("items-dlq").size() == 1, () -> "items-dlq has "
            + topics.records("items-dlq").size() + " records");
        ConsumerRecord<String, String> refused = topics.records("items-dlq").get(0);
        assertThat(refused.value()).contains("\"price\"");
        assertThat(new String(refused.headers().lastHeader("__connect.errors.exception.message").value(),
            StandardCharsets.UTF_8)).contains("offset=2").contains("table items").contains("field 'price'");
        assertThat(states.describe(sink.name())).doesNotContain("FAILED");
    }

    @Test
    void twoTasksCreateAndEvolveOneTableAtOnce() {
        kafka.createTopic("raced", 2);
        List<String> firsts = IntStream.range(0, 50).mapToObj(AutoCreateJson::itemV1).collect(Collectors.toList());
        kafka.produce("raced", 0, null, firsts.subList(0, 25));
        kafka.produce("raced", 1, null, firsts.subList(25, 50));
        ConnectorJson sink = sink("raced").with("pk.mode", "record_value").with("pk.fields", "id")
            .with("tasks.max", "2");
        stack.rest().create(sink.asJson());
        awaitRows(sink, "raced", 50);
        List<String> seconds = IntStream.range(50, 100).mapToObj(AutoCreateJson::itemV2).collect(Collectors.toList());
        Thread other = new Thread(() -> kafka.produce("raced", 1, null, seconds.subList(25, 50)));
        other.start();
        kafka.produce("raced", 0, null, seconds.subList(0, 25));
        awaitRows(sink, "raced", 100);

        assertThat(stack.rest().status(sink.name()).path("tasks")).hasSize(2)
            .allSatisfy(task -> assertThat(task.path("state").asText()).isEqualTo("RUNNING"));
        assertThat(TableStructure.of(target, "public", "raced").columns()).containsExactly("id integer NOT NULL",
            "name text", "colour text", "qty integer DEFAULT 1");
        assertThat(target.rows("SELECT count(*) FILTER (WHERE colour = 'red' AND qty = 5), count(*) FILTER "
            + "(WHERE colour IS NULL AND qty = 1) FROM raced")).containsExactly(Arrays.asList(50L, 50L));
    }

    @Test
    void aDebeziumChangeEventFlattenedByExtractNewRecordStateLandsInACreatedTable() {
        ConnectorJson sink = sink("dbz.inventory.products").with("table.name.format", "products")
            .with("pk.mode", "record_value").with("pk.fields", "id")
            .with("transforms", "unwrap").with("transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordState")
            .with("transforms.unwrap.add.fields", "op");
        kafka.produce("dbz.inventory.products", 0, null, Arrays.asList(
            AutoCreateJson.changeEvent("c", 1, "scooter", "3.14", null),
            AutoCreateJson.changeEvent("c", 2, "car battery", "8.10", null),
            AutoCreateJson.changeEvent("u", 1, "small scooter", "3.14", "scooter")));
        stack.rest().create(sink.asJson());
        Eventually.within(WAIT, () -> count("products") == 2 && !target.rows("SELECT 1 FROM products WHERE __op = 'u'")
            .isEmpty(), () -> "products has " + count("products") + " rows; sink " + states.describe(sink.name()));

        assertThat(TableStructure.of(target, "public", "products")).isEqualTo(ConfluentTables.create(target,
            "confluent", "products", "(\n\"id\" INT NOT NULL,\n\"name\" TEXT NULL,\n\"price\" DECIMAL NULL,\n"
                + "\"created\" BIGINT NULL,\n\"__op\" TEXT NULL,\nPRIMARY KEY(\"id\"))"));
        assertThat(target.rows("SELECT id, name, price::text, created, __op FROM products ORDER BY id")).containsExactly(
            Arrays.asList(1, "small scooter", "3.14", 1_714_566_615_123_456L, "u"),
            Arrays.asList(2, "car battery", "8.10", 1_714_566_615_123_456L, "c"));
    }

    @Test
    void theReferencePipelinesSinkWithAutoCreateMakesTheTargetTableAndFillsIt() {
        Database source = stack.postgres().source();
        target.execute("DROP TABLE iris_data");
        ConnectorJson sourceConnector = StackUnderTest.repoConnector("source_connector.json").pointedAt(source);
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(target)
            .with("auto.create", "true");
        try (IrisGenerator generator = IrisGenerator.start(source, Duration.ofMillis(10))) {
            stack.rest().create(sourceConnector.asJson());
            stack.rest().create(sink.asJson());
            Eventually.within(WAIT, () -> count("iris_data") > 100, () -> "target has " + count("iris_data")
                + " rows; sink " + states.describe(sink.name()));
            generator.stop();
        }
        Eventually.within(WAIT, () -> IrisRows.of(target).equals(IrisRows.of(source)),
            () -> IrisRows.compare(source, target) + "; sink " + states.describe(sink.name()));
        assertThat(TableStructure.of(target, "public", "iris_data")).isEqualTo(ConfluentTables.create(target,
            "confluent", "iris_data", "(\n\"id\" INT NOT NULL,\n\"timestamp\" TIMESTAMP NULL,\n"
                + "\"sepal_length\" DOUBLE PRECISION NULL,\n\"sepal_width\" DOUBLE PRECISION NULL,\n"
                + "\"petal_length\" DOUBLE PRECISION NULL,\n\"petal_width\" DOUBLE PRECISION NULL,\n"
                + "\"target\" INT NULL,\nPRIMARY KEY(\"id\"))"));
    }
}
