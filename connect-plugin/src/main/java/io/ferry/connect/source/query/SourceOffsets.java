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
 * protocol 0 was {@code {"table":"table"}}; 10.9.4 wrote {@code "database.schema.table"}, as newer
 * drivers made it keep the catalog), offset {@code {"incrementing": 42}}.
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
    public static Long lastIncrementingValue(Map<String, Object> offset) {
        if (offset == null) {
            return null;
        }
        Object value = offset.get(INCREMENTING_KEY);
        return value instanceof Number ? ((Number) value).longValue() : null;
    }
}
