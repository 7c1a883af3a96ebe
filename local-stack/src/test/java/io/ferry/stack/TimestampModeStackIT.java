package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Confluent JDBC source config in timestamp+incrementing mode, the reference pipeline's (its
 * TimestampConverter included), with only connector.class changed, on the real worker: it resumes
 * exactly after an offset of the shape Confluent's connector stores, written through the worker's
 * offsets API, and publishes Confluent's records.
 */
class TimestampModeStackIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Row n is stamped 2024-05-01 12:00:00 plus n times 1.001 ms: microseconds that milliseconds lose. */
    private static final String INSERT_ROWS = "INSERT INTO iris_data (id, timestamp, sepal_length, sepal_width,"
        + " petal_length, petal_width, target) SELECT g, timestamp '2024-05-01 12:00:00' + g * interval '1001"
        + " microseconds', 5.1, 3.5, 1.4, 0.2, g % 3 FROM generate_series(1, 100) g";

    private static JsonNode committedOffset(String connector) {
        return stack.rest().offsets(connector).path("offsets").path(0);
    }

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void resumesAfterAConfluentStoredOffsetAndPublishesConfluentsRecordsThroughTheReferenceTransform()
        throws Exception {
        Database db = stack.postgres().source();
        db.execute(INSERT_ROWS, "SELECT setval('iris_data_id_seq', 100)");
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(db)
            .with("mode", "timestamp+incrementing")
            .with("timestamp.column.name", "timestamp")
            .with("validate.non.null", "false") // the seed's iris_data has a nullable timestamp
            .with("poll.interval.ms", "200");
        stack.rest().createStopped(source.asJson());
        Instant rowForty = Instant.parse("2024-05-01T12:00:00Z").plusNanos(40 * 1_001_000L);
        stack.rest().alterOffsets(source.name(), JSON.readTree("{\"offsets\": [{\"partition\": {\"protocol\": \"1\","
            + " \"table\": \"public.iris_data\"}, \"offset\": {\"timestamp\": " + rowForty.toEpochMilli()
            + ", \"timestamp_nanos\": " + rowForty.getNano() + ", \"incrementing\": 40}}]}"));
        stack.rest().resume(source.name());
        new ConnectorStates(stack.rest()).awaitRunning(source.name());
        db.execute("INSERT INTO iris_data (timestamp, target) SELECT now() at time zone 'UTC', 1"
            + " FROM generate_series(1, 10)");

        TopicContents topic = new TopicContents(stack.broker().bootstrapServers());
        Eventually.within(Duration.ofSeconds(60), () -> topic.records(TOPIC).size() >= 70,
            () -> "the topic has " + topic.records(TOPIC).size() + " of the 70 rows after the offset");
        List<JsonNode> values = new ArrayList<>();
        for (ConsumerRecord<String, String> record : topic.records(TOPIC)) {
            assertThat(record.key()).isNull();
            values.add(JSON.readTree(record.value()));
        }

        assertThat(values.stream().map(v -> v.path("payload").path("id").asLong()).collect(Collectors.toList()))
            .containsExactlyElementsOf(LongStream.rangeClosed(41, 110).boxed().collect(Collectors.toList()));
        JsonNode first = values.get(0);
        assertThat(first.path("schema").path("name").asText()).isEqualTo("iris_data");
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.S");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        Instant rowFortyOne = rowForty.plusNanos(1_001_000L);
        assertThat(first.path("payload").path("timestamp").asText())
            .isEqualTo(format.format(Date.from(rowFortyOne)));
        Eventually.within(Duration.ofSeconds(30),
            () -> committedOffset(source.name()).path("offset").path("incrementing").asLong() == 110L,
            () -> "the worker's committed offset: " + committedOffset(source.name()));
        JsonNode offset = committedOffset(source.name());
        assertThat(offset.path("partition").toString()).isEqualTo("{\"protocol\":\"1\",\"table\":\"public.iris_data\"}");
        assertThat(offset.path("offset").has("timestamp")).isTrue();
        assertThat(offset.path("offset").has("timestamp_nanos")).isTrue();
    }
}
