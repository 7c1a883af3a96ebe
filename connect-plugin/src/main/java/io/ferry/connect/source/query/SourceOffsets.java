package io.ferry.connect.source.query;

import io.ferry.connect.sql.TableId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Source partitions and offsets in the Confluent JDBC connector's shape, so offsets it stored
 * can be resumed: partition {@code {"protocol":"1","table":"schema.table"}} (its protocol 1;
 * protocol 0 was {@code {"table":"table"}}; 10.9.4 wrote {@code "database.schema.table"}, as newer
 * drivers made it keep the catalog), or {@code {"query":"query"}} for a custom query;
 * offset {@code {"incrementing": 42}}, and in the timestamp modes
 * {@code {"timestamp": <epoch ms>, "timestamp_nanos": <nanos of the second>, "incrementing": 42}}
 * (Confluent's java.sql.Timestamp: getTime() and getNanos(); no incrementing key in timestamp mode).
 */
public final class SourceOffsets {
    static final String TABLE_KEY = "table";
    static final String PROTOCOL_KEY = "protocol";
    static final String PROTOCOL_ONE = "1";
    static final String INCREMENTING_KEY = "incrementing";
    static final String TIMESTAMP_KEY = "timestamp";
    static final String TIMESTAMP_NANOS_KEY = "timestamp_nanos";
    static final String QUERY_KEY = "query";
    /** The partition of a custom query: Confluent names it after the mode, not the query. */
    public static final Map<String, String> QUERY_PARTITION = Collections.singletonMap(QUERY_KEY, "query");

    private SourceOffsets() {
    }

    public static Map<String, String> partition(TableId table) {
        Map<String, String> partition = new HashMap<>();
        partition.put(TABLE_KEY, table.toString());
        partition.put(PROTOCOL_KEY, PROTOCOL_ONE);
        return Collections.unmodifiableMap(partition);
    }

    /**
     * The partitions a table of {@code database} may have its offset stored under, the one Ferry
     * writes first: protocol 1, protocol 1 with the database as 10.9.4 wrote it, protocol 0.
     */
    public static List<Map<String, String>> possiblePartitions(TableId table, String database) {
        Map<String, String> withDatabase = new HashMap<>(partition(table));
        withDatabase.put(TABLE_KEY, database + "." + table);
        return Arrays.asList(partition(table), Collections.unmodifiableMap(withDatabase),
            Collections.singletonMap(TABLE_KEY, table.table()));
    }

    public static Map<String, Long> incrementingOffset(long lastValue) {
        return Collections.singletonMap(INCREMENTING_KEY, lastValue);
    }

    /** The last incrementing value of a stored offset; {@code null} if none is stored. */
    public static Long lastIncrementingValue(Map<String, ?> offset) {
        if (offset == null) {
            return null;
        }
        Object value = offset.get(INCREMENTING_KEY);
        return value instanceof Number ? ((Number) value).longValue() : null;
    }

    /** A timestamp mode's offset; {@code incrementing} is {@code null} in timestamp mode. */
    public static Map<String, Long> timestampOffset(TimestampPosition position) {
        Map<String, Long> offset = new HashMap<>();
        offset.put(TIMESTAMP_KEY, position.timestamp().toEpochMilli());
        offset.put(TIMESTAMP_NANOS_KEY, (long) position.timestamp().getNano());
        if (position.incrementing() != null) {
            offset.put(INCREMENTING_KEY, position.incrementing());
        }
        return Collections.unmodifiableMap(offset);
    }

    /**
     * The position a stored timestamp offset names; {@code null} when none is stored or it has no
     * timestamp. Without {@code timestamp_nanos} (Confluent's {@code timestamp.initial} offsets)
     * the milliseconds are the whole timestamp.
     */
    public static TimestampPosition timestampPosition(Map<String, ?> offset) {
        if (offset == null || !(offset.get(TIMESTAMP_KEY) instanceof Number)) {
            return null;
        }
        long millis = ((Number) offset.get(TIMESTAMP_KEY)).longValue();
        Object nanos = offset.get(TIMESTAMP_NANOS_KEY);
        Instant timestamp = nanos instanceof Number
            ? Instant.ofEpochSecond(Math.floorDiv(millis, 1000L), ((Number) nanos).longValue())
            : Instant.ofEpochMilli(millis);
        return new TimestampPosition(timestamp, lastIncrementingValue(offset));
    }
}
