package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The offsets API (KIP-875) over the real worker's REST calls, on stopped connectors: the source
 * resumes after a PATCHed incrementing offset and from the start after a DELETE, and refuses
 * offsets it would not read back with its message in the response; the sink with
 * offsets.storage.table resumes from a PATCHed offset and re-reads everything after a DELETE
 * (rows in the target show it), and without the table a reset works as Connect's own.
 */
class OffsetsApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String OFFSETS_TABLE = "ferry_sink_offsets";

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();
    private static ConnectorStates states;
    private static TopicContents kafka;

    @BeforeAll
    static void connectToTheStack() {
        states = new ConnectorStates(stack.rest());
        kafka = new TopicContents(stack.broker().bootstrapServers());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(String connector) {
        stack.rest().stop(connector);
        states.awaitStopped(connector);
    }

    private static void resume(String connector) {
        stack.rest().resume(connector);
        states.awaitRunning(connector);
    }

    @Test
    void sourceResumesAfterAPatchedOffsetAndFromTheStartAfterADeleteAndRefusesForeignOffsets() {
        Database db = stack.postgres().source();
        db.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, petal_width, target)"
            + " SELECT now(), 5.1, 3.5, 1.4, 0.2, g % 3 FROM generate_series(1, 20) g");
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(db)
            .named("offsets-source").with("topic.prefix", "offsets-").with("tasks.max", "1")
            .with("poll.interval.ms", "200");
        String topic = "offsets-iris_data";
        stack.rest().createStopped(source.asJson());
        stack.rest().alterOffsets(source.name(), json("{\"offsets\": [{\"partition\": {\"protocol\": \"1\","
            + " \"table\": \"public.iris_data\"}, \"offset\": {\"incrementing\": 15}}]}"));
        resume(source.name());
        Eventually.within(WAIT, () -> ids(topic).size() >= 5, () -> "the topic has ids " + ids(topic));
        assertThat(ids(topic)).as("only the rows after the PATCHed offset").containsExactly(16, 17, 18, 19, 20);
        Eventually.within(WAIT, () -> committedIncrementing(source.name()) == 20L,
            () -> "the worker's offsets: " + stack.rest().offsets(source.name()));

        stop(source.name());
        assertThatThrownBy(() -> stack.rest().alterOffsets(source.name(), json("{\"offsets\": [{\"partition\":"
            + " {\"protocol\": \"1\", \"table\": \"public.other\"}, \"offset\": {\"incrementing\": 3}}, {\"partition\":"
            + " {\"protocol\": \"1\", \"table\": \"public.iris_data\"}, \"offset\": {\"timestamp\": 1}}]}")))
            .isInstanceOfSatisfying(ConnectRestException.class, e -> assertThat(e).satisfies(
                refused -> assertThat(refused.status()).isEqualTo(500)).extracting(ConnectRestException::body)
                .asString()
                .contains("Refused the offsets of partition")
                .contains("public.other").contains("not a table the connector reads")
                .contains("mode incrementing reads offsets with exactly the keys [incrementing]"));
        assertThat(committedIncrementing(source.name())).as("a refused PATCH changes nothing").isEqualTo(20L);
        stack.rest().resetOffsets(source.name());
        assertThat(stack.rest().offsets(source.name()).path("offsets")).isEmpty();
        resume(source.name());
        Eventually.within(WAIT, () -> ids(topic).size() >= 25, () -> "the topic has ids " + ids(topic));
        assertThat(ids(topic).subList(5, 25)).as("every row again after the DELETE")
            .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toList()));
        stack.rest().delete(source.name());
    }

    @Test
    void sinkWithAnOffsetsTableResumesFromAPatchedOffsetAndRereadsEverythingAfterADelete() {
        Database target = stack.postgres().target();
        ConnectorJson sink = keylessSink("offsets-sink").with("offsets.storage.table", OFFSETS_TABLE);
        new PoisonRecords(stack.broker().bootstrapServers()).produce("offsets-sink", 0, 10, false);
        stack.rest().create(sink.asJson());
        states.awaitRunning(sink.name());
        awaitWritten(sink.name(), 10, 10);

        stop(sink.name());
        stack.rest().alterOffsets(sink.name(), json("{\"offsets\": [{\"partition\": {\"kafka_topic\": \"offsets-sink\","
            + " \"kafka_partition\": 0}, \"offset\": {\"kafka_offset\": 7}}]}"));
        assertThat(storedNextOffset(sink.name())).as("the table holds the PATCHed offset as the next to read")
            .isEqualTo(7L);
        resume(sink.name());
        awaitWritten(sink.name(), 13, 10);
        assertThat(rowsPerId("offsets_sink")).as("records 7 to 9 written again, from the PATCHed offset")
            .isEqualTo(expectedRowsPerId(10, id -> id >= 7 ? 2L : 1L));

        stop(sink.name());
        stack.rest().resetOffsets(sink.name());
        assertThat(target.rows("SELECT count(*) FROM " + OFFSETS_TABLE + " WHERE connector = 'offsets-sink'")
            .get(0).get(0)).as("the DELETE removed the connector's rows from the offsets table").isEqualTo(0L);
        resume(sink.name());
        awaitWritten(sink.name(), 23, 10);
        assertThat(rowsPerId("offsets_sink")).as("every record written again after the DELETE")
            .isEqualTo(expectedRowsPerId(10, id -> id >= 7 ? 3L : 2L));
        stack.rest().delete(sink.name());
    }

    @Test
    void sinkWithoutAnOffsetsTableRereadsEverythingAfterADelete() {
        ConnectorJson sink = keylessSink("offsets-plain");
        new PoisonRecords(stack.broker().bootstrapServers()).produce("offsets-plain", 0, 5, false);
        stack.rest().create(sink.asJson());
        states.awaitRunning(sink.name());
        awaitWritten(sink.name(), 5, 5);

        stop(sink.name());
        stack.rest().resetOffsets(sink.name());
        resume(sink.name());
        awaitWritten(sink.name(), 10, 5);
        assertThat(rowsPerId("offsets_plain")).isEqualTo(expectedRowsPerId(5, id -> 2L));
        stack.rest().delete(sink.name());
    }

    /** A sink of topic {@code name} into a table without a key, in insert mode: each record read again adds a row. */
    private static ConnectorJson keylessSink(String name) {
        String table = name.replace('-', '_');
        stack.postgres().target().execute("CREATE TABLE " + table + " (id int, name varchar(10), qty int)");
        return StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target()).named(name)
            .with("topics", name).with("table.name.format", table).with("insert.mode", "insert")
            .with("pk.mode", "none").with("pk.fields", "").with("transforms", "").with("tasks.max", "1");
    }

    /** Until the target holds {@code rows} rows and the worker shows {@code nextOffset} committed for partition 0. */
    private static void awaitWritten(String connector, int rows, long nextOffset) {
        String table = connector.replace('-', '_');
        Eventually.within(WAIT, () -> stack.postgres().target().count(table) >= rows
                && committedKafkaOffset(connector) == nextOffset,
            () -> table + " has " + stack.postgres().target().count(table) + " rows, expected " + rows
                + "; the worker's offsets: " + stack.rest().offsets(connector) + "; " + states.describe(connector));
        assertThat(stack.postgres().target().count(table)).isEqualTo((long) rows);
    }

    private static List<Integer> ids(String topic) {
        return kafka.records(topic).stream().map(r -> json(r.value()).path("payload").path("id").asInt())
            .collect(Collectors.toList());
    }

    private static long committedIncrementing(String connector) {
        return stack.rest().offsets(connector).path("offsets").path(0).path("offset").path("incrementing").asLong(-1);
    }

    private static long committedKafkaOffset(String connector) {
        return stack.rest().offsets(connector).path("offsets").path(0).path("offset").path("kafka_offset").asLong(-1);
    }

    private static long storedNextOffset(String connector) {
        return ((Number) stack.postgres().target().rows("SELECT next_offset FROM " + OFFSETS_TABLE
            + " WHERE connector = '" + connector + "'").get(0).get(0)).longValue();
    }

    private static Map<Integer, Long> rowsPerId(String table) {
        return stack.postgres().target().rows("SELECT id FROM " + table).stream().map(r -> (Integer) r.get(0))
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static Map<Integer, Long> expectedRowsPerId(int records, Function<Integer, Long> rows) {
        return IntStream.range(0, records).boxed().collect(Collectors.toMap(id -> id, rows, (a, b) -> a, TreeMap::new));
    }
}
