package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.SINK_CLASS;
import static io.ferry.stack.StackUnderTest.SOURCE_CLASS;
import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 1 of issue 3: the seed's pipeline with the repository's connectors/*.json (only the
 * database hosts rewritten), the data generator inserting a row every 10 ms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedPipelineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What "yyyy-MM-dd HH:mm:ss.S" produces: "S" is the milliseconds, unpadded. */
    private static final String SEED_TIMESTAMP = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,3}";

    @RegisterExtension
    static final SeedPipeline pipeline = SeedPipeline.on(ConnectRuntime::bundled);
    private static LocalStack stack;
    private static IrisGenerator generator;
    private static ConnectorJson source;
    private static ConnectorJson sink;

    @BeforeAll
    static void lookAtTheSeedsPipeline() {
        stack = pipeline.stack();
        generator = pipeline.generator();
        source = pipeline.source();
        sink = pipeline.sink();
    }

    @Test
    @Order(1)
    void listsBothFerryConnectorsWithTheProjectVersion() {
        Map<String, String> versions = StackUnderTest.pluginVersions(stack.rest());

        assertThat(versions).containsEntry(SOURCE_CLASS, StackUnderTest.projectVersion())
            .containsEntry(SINK_CLASS, StackUnderTest.projectVersion());
    }

    @Test
    @Order(2)
    void runsBothConnectorsAndAllTheirTasks() {
        new ConnectorStates(stack.rest()).awaitRunning(source.name(), sink.name());
    }

    @Test
    @Order(3)
    void publishesToASinglePartitionTopicNamedAfterPrefixAndTable() {
        TopicContents kafka = new TopicContents(stack.broker().bootstrapServers());
        Eventually.within(Duration.ofSeconds(30), () -> kafka.topics().contains(TOPIC),
            () -> "topic " + TOPIC + " missing, topics are " + kafka.topics());

        assertThat(kafka.partitions(TOPIC)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void publishesValuesInConfluentsJsonShapeWithTheTimestampAsAString() throws Exception {
        TopicContents kafka = new TopicContents(stack.broker().bootstrapServers());
        Eventually.within(Duration.ofSeconds(30), () -> kafka.records(TOPIC).size() >= 10,
            () -> "topic " + TOPIC + " has " + kafka.records(TOPIC).size() + " records, expected 10 or more");
        ConsumerRecord<String, String> first = kafka.records(TOPIC).get(0);
        JsonNode value = JSON.readTree(first.value());

        JsonNode schema = value.get("schema");
        assertThat(schema).as("JsonConverter envelope of %s", first.value()).isNotNull();
        assertThat(schema.path("type").asText()).isEqualTo("struct");
        assertThat(schema.path("name").asText()).isEqualTo("iris_data");
        assertThat(fieldTypes(schema)).containsExactly(
            Map.entry("id", "int32"), Map.entry("timestamp", "string"), Map.entry("sepal_length", "double"),
            Map.entry("sepal_width", "double"), Map.entry("petal_length", "double"),
            Map.entry("petal_width", "double"), Map.entry("target", "int32"));
        assertThat(kafka.records(TOPIC)).isNotEmpty().allSatisfy(record -> assertThat(JSON.readTree(record.value())
            .path("payload").path("timestamp").asText()).matches(SEED_TIMESTAMP));
        JsonNode payload = value.get("payload");
        int id = payload.path("id").asInt();
        assertThat(payload.path("timestamp").asText())
            .matches(SEED_TIMESTAMP)
            .isEqualTo(seedFormatOfSourceTimestamp(id));
    }

    @Test
    @Order(5)
    void targetEqualsSourceInEveryColumnOnceTheGeneratorStops() {
        long inserted = generator.stop();
        Database sourceDb = stack.postgres().source();
        Database targetDb = stack.postgres().target();
        assertThat(inserted).isEqualTo(sourceDb.count("iris_data")).isGreaterThan(100);

        Eventually.within(Duration.ofSeconds(60),
            () -> IrisRows.of(targetDb).equals(IrisRows.of(sourceDb)),
            () -> IrisRows.compare(sourceDb, targetDb) + "; sink " + new ConnectorStates(stack.rest()).describe(sink.name()));
    }

    private static Map<String, String> fieldTypes(JsonNode schema) {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        for (JsonNode field : schema.path("fields")) {
            types.put(field.path("field").asText(), field.path("type").asText());
        }
        return types;
    }

    /**
     * The source row's timestamp as TimestampConverter formats it with the seed's pattern: the
     * column's wall-clock value read as UTC (Confluent's default db.timezone), "S" = milliseconds.
     */
    private static String seedFormatOfSourceTimestamp(int id) {
        List<IrisRows.Row> rows = IrisRows.of(stack.postgres().source()).stream()
            .filter(r -> r.id() == id).collect(Collectors.toList());
        assertThat(rows).as("source row %d", id).hasSize(1);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.S");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(Date.from(rows.get(0).timestamp().toInstant(ZoneOffset.UTC)));
    }
}
