package io.ferry.connect.source.query;

import io.ferry.connect.sql.TableId;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Source partitions and offsets in the Confluent JDBC connector's shape, so offsets it stored
 * can be resumed: partition {@code {"protocol":"1","table":"schema.table"}} (its protocol 1;
 * protocol 0 was {@code {"table":"table"}}), offset {@code {"incrementing": 42}}.
 */
public final class SourceOffsets {
    static final String TABLE_KEY = "table";
    static final String PROTOCOL_KEY = "protocol";
    static final String PROTOCOL_ONE = "1";
    static final String INCREMENTING_KEY = "incrementing";

    private SourceOffsets() {
    }

    public static Map<String, String> partition(TableId table) {
        Map<String, String> partition = new HashMap<>();
        partition.put(TABLE_KEY, table.toString());
        partition.put(PROTOCOL_KEY, PROTOCOL_ONE);
        return Collections.unmodifiableMap(partition);
    }

    /** The partitions a table's offset may be stored under, newest protocol first. */
    public static List<Map<String, String>> possiblePartitions(TableId table) {
        return Arrays.asList(partition(table), Collections.singletonMap(TABLE_KEY, table.table()));
    }

    public static Map<String, Long> incrementingOffset(long lastValue) {
        return Collections.singletonMap(INCREMENTING_KEY, lastValue);
    }

    /** The last incrementing value of a stored offset; {@code null} if none is stored. */
    public static Long lastIncrementingValue(Map<String, Object> offset) {
        if (offset == null) {
            return null;
        }
        Object value = offset.get(INCREMENTING_KEY);
        return value instanceof Number ? ((Number) value).longValue() : null;
    }
}
