package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceOffsetsTest {
    private static final Instant MICROS = Instant.parse("2024-05-01T12:30:15.123456Z");

    @Test
    void looksForAnOffsetUnderFerrysPartitionThenConfluent1094sWithTheDatabaseThenProtocolZero() {
        assertThat(SourceOffsets.possiblePartitions(new TableId("public", "orders"), "shop")).containsExactly(
            Map.of("protocol", "1", "table", "public.orders"),
            Map.of("protocol", "1", "table", "shop.public.orders"),
            Map.of("table", "orders"));
    }

    @Test
    void writesConfluentsProtocolOnePartition() {
        assertThat(SourceOffsets.partition(new TableId("public", "orders")))
            .isEqualTo(Map.of("protocol", "1", "table", "public.orders"));
    }

    @Test
    void writesTimestampOffsetsAsConfluentsJavaSqlTimestampDoes() {
        // java.sql.Timestamp.from(MICROS): getTime() 1714566615123, getNanos() 123456000
        assertThat(SourceOffsets.timestampOffset(new TimestampPosition(MICROS, 42L))).isEqualTo(
            Map.of("timestamp", 1_714_566_615_123L, "timestamp_nanos", 123_456_000L, "incrementing", 42L));
        assertThat(SourceOffsets.timestampOffset(new TimestampPosition(MICROS, null))).isEqualTo(
            Map.of("timestamp", 1_714_566_615_123L, "timestamp_nanos", 123_456_000L));
    }

    @Test
    void readsBackTheExactTimestampOfAnOffsetConfluentStored() {
        Map<String, Object> stored = new HashMap<>(Map.of("timestamp", 1_714_566_615_123L,
            "timestamp_nanos", 123_456_000L, "incrementing", 42L));

        assertThat(SourceOffsets.timestampPosition(stored)).isEqualTo(new TimestampPosition(MICROS, 42L));
    }

    @Test
    void readsAnOffsetOfTimestampInitialWhichHasOnlyMilliseconds() {
        assertThat(SourceOffsets.timestampPosition(new HashMap<>(Map.of("timestamp", 1_714_566_615_123L))))
            .isEqualTo(new TimestampPosition(Instant.parse("2024-05-01T12:30:15.123Z"), null));
    }

    @Test
    void roundTripsATimestampBeforeTheEpoch() {
        Instant before = Instant.parse("1969-12-31T23:59:59.500001Z");
        Map<String, Object> offset = new HashMap<>(SourceOffsets.timestampOffset(new TimestampPosition(before, null)));

        assertThat(offset).containsEntry("timestamp", -500L).containsEntry("timestamp_nanos", 500_001_000L);
        assertThat(SourceOffsets.timestampPosition(offset).timestamp()).isEqualTo(before);
    }

    @Test
    void findsNoPositionInAnIncrementingOffsetOrNone() {
        assertThat(SourceOffsets.timestampPosition(new HashMap<>(Map.of("incrementing", 7L)))).isNull();
        assertThat(SourceOffsets.timestampPosition(null)).isNull();
    }

    @Test
    void namesPartitionsAsConfluentDoes() {
        assertThat(SourceOffsets.partition(new TableId("public", "t"))).isEqualTo(Map.of("protocol", "1", "table", "public.t"));
        assertThat(SourceOffsets.QUERY_PARTITION).isEqualTo(Map.of("query", "query"));
    }
}
