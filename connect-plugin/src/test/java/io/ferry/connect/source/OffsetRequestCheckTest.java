package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.SourceConfigs;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

/** The offsets API's check of the source's partitions and offsets: the shapes, the mode, the tables read. */
class OffsetRequestCheckTest {
    private static final Map<String, String> IRIS = Map.of("protocol", "1", "table", "public.iris_data");
    private static final SelectedTables READ_NOW = new SelectedTables("mydatabase",
        List.of(new TableId("public", "iris_data")));

    private final AtomicInteger listings = new AtomicInteger();

    private static Map<String, String> config(String mode) {
        Map<String, String> props = SourceConfigs.seed("jdbc:postgresql://127.0.0.1:1/mydatabase", "myuser",
            "mypassword");
        props.put("mode", mode);
        props.put("timestamp.column.name", "updated_at");
        return props;
    }

    private OffsetRequestCheck check(Map<String, String> props) {
        return new OffsetRequestCheck(SourceConfig.parse(props), () -> {
            listings.incrementAndGet();
            return READ_NOW;
        });
    }

    private static Map<Map<String, ?>, Map<String, ?>> offsets(Map<String, ?> partition, Map<String, ?> offset) {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(partition, offset);
        return offsets;
    }

    private static Map<String, Object> timestampOffset(Instant at) {
        Map<String, Object> offset = new HashMap<>();
        offset.put("timestamp", at.toEpochMilli());
        offset.put("timestamp_nanos", (long) at.getNano());
        return offset;
    }

    @Test
    void acceptsAnIncrementingOffsetOfATableReadUnderEveryPartitionShapeTheTaskLooksUp() {
        OffsetRequestCheck check = check(config("incrementing"));
        for (Map<String, String> partition : List.of(IRIS, Map.of("protocol", "1", "table",
            "mydatabase.public.iris_data"), Map.of("table", "iris_data"))) {
            assertThatNoException().as(partition.toString())
                .isThrownBy(() -> check.check(offsets(partition, Map.of("incrementing", 40L))));
        }
        assertThatNoException().isThrownBy(() -> check.check(offsets(IRIS, Map.of("incrementing", 40))));
        assertThat(listings).as("the tables are listed once per request").hasValue(1);
    }

    @Test
    void acceptsTheTimestampModesOffsets() {
        Instant at = Instant.parse("2024-05-01T12:00:00.040040Z");
        assertThatNoException().isThrownBy(() -> check(config("timestamp")).check(offsets(IRIS, timestampOffset(at))));
        Map<String, Object> withIncrementing = timestampOffset(at);
        withIncrementing.put("incrementing", 40L);
        assertThatNoException()
            .isThrownBy(() -> check(config("timestamp+incrementing")).check(offsets(IRIS, withIncrementing)));
    }

    @Test
    void acceptsAResetOfAnyPartitionOfOurShapeWithoutListingTables() {
        Map<Map<String, ?>, Map<String, ?>> resets = offsets(Map.of("protocol", "1", "table", "old.gone"), null);
        resets.put(Map.of("table", "gone"), null);
        resets.put(Map.of("query", "query"), null);
        for (String mode : List.of("bulk", "incrementing", "timestamp", "timestamp+incrementing")) {
            assertThatNoException().as(mode).isThrownBy(() -> check(config(mode)).check(resets));
        }
        assertThat(listings).hasValue(0);
    }

    @Test
    void refusesAnOffsetOfATableTheConfigDoesNotRead() {
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets(Map.of("protocol", "1", "table",
            "public.other"), Map.of("incrementing", 3L))))
            .isInstanceOf(ConnectException.class)
            .hasMessageContaining("public.other")
            .hasMessageContaining("not a table the connector reads (it reads [public.iris_data] in database mydatabase)");
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets(Map.of("protocol", "1", "table",
            "otherdb.public.iris_data"), Map.of("incrementing", 3L))))
            .hasMessageContaining("not a table the connector reads");
    }

    @Test
    void refusesPartitionsOfOtherShapesNamingWhatIsExpected() {
        OffsetRequestCheck check = check(config("incrementing"));
        List<Map<String, ?>> foreign = List.of(Map.of("protocol", 1, "table", "public.iris_data"),
            Map.of("protocol", "1", "table", "public.iris_data", "extra", "x"), Map.of("filename", "/tmp/a"),
            Map.of("query", "SELECT 1"), Map.of("table", 7));
        for (Map<String, ?> partition : foreign) {
            assertThatThrownBy(() -> check.check(offsets(partition, null))).as(partition.toString())
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("partition " + partition)
                .hasMessageContaining("expected {\"protocol\": \"1\", \"table\": \"<schema>.<table>\"}");
        }
    }

    @Test
    void refusesOffsetsOfAnotherModeOrWithWrongTypes() {
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets(IRIS,
            timestampOffset(Instant.parse("2024-05-01T12:00:00Z")))))
            .hasMessageContaining("mode incrementing reads offsets with exactly the keys [incrementing]")
            .hasMessageContaining("expected {\"incrementing\": <the last value read>} or null (a reset)");
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets(IRIS, Map.of("incrementing", "40"))))
            .hasMessageContaining("\"incrementing\" must be a whole number, not 40");
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets(IRIS, Map.of("incrementing", 4.5))))
            .hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> check(config("timestamp+incrementing")).check(offsets(IRIS,
            timestampOffset(Instant.parse("2024-05-01T12:00:00Z")))))
            .hasMessageContaining("mode timestamp+incrementing reads offsets with exactly the keys "
                + "[timestamp, timestamp_nanos, incrementing]");
        assertThatThrownBy(() -> check(config("timestamp")).check(offsets(IRIS, Map.of("incrementing", 40L))))
            .hasMessageContaining("expected {\"timestamp\": <epoch milliseconds>");
    }

    @Test
    void refusesNanosThatDoNotHoldTheTimestampsMilliseconds() {
        Map<String, Object> offset = timestampOffset(Instant.parse("2024-05-01T12:00:00.040Z"));
        offset.put("timestamp_nanos", 41_000_000L);
        assertThatThrownBy(() -> check(config("timestamp")).check(offsets(IRIS, offset)))
            .hasMessageContaining("\"timestamp_nanos\" 41000000 does not hold the milliseconds");
        offset.put("timestamp_nanos", 1_000_000_000L);
        assertThatThrownBy(() -> check(config("timestamp")).check(offsets(IRIS, offset)))
            .hasMessageContaining("0 to 999999999");
    }

    @Test
    void refusesAnyOffsetInBulkMode() {
        assertThatThrownBy(() -> check(config("bulk")).check(offsets(IRIS, Map.of("incrementing", 40L))))
            .hasMessageContaining("bulk mode keeps no offsets, so only a reset (a null offset) is accepted");
    }

    @Test
    void acceptsOnlyTheQueryPartitionForACustomQuery() {
        Map<String, String> props = config("incrementing");
        props.remove("table.whitelist");
        props.put("query", "SELECT * FROM iris_data");
        assertThatNoException()
            .isThrownBy(() -> check(props).check(offsets(Map.of("query", "query"), Map.of("incrementing", 9L))));
        assertThatThrownBy(() -> check(props).check(offsets(IRIS, Map.of("incrementing", 9L))))
            .hasMessageContaining("the connector reads a custom query, whose partition is {\"query\": \"query\"}");
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets(Map.of("query", "query"),
            Map.of("incrementing", 9L))))
            .hasMessageContaining("the connector reads tables, not a custom query");
        assertThat(listings).hasValue(0);
    }

    @Test
    void namesEveryRefusedPartitionInOneMessage() {
        Map<Map<String, ?>, Map<String, ?>> offsets = offsets(Map.of("protocol", "1", "table", "public.a"),
            Map.of("incrementing", 1L));
        offsets.put(Map.of("protocol", "1", "table", "public.b"), Map.of("incrementing", 1L));
        assertThatThrownBy(() -> check(config("incrementing")).check(offsets))
            .hasMessageStartingWith("Refused the offsets of partition ")
            .hasMessageContaining("public.a").hasMessageContaining("public.b");
    }
}
