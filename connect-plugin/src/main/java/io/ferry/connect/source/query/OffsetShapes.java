package io.ferry.connect.source.query;

import io.ferry.connect.config.SourceMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a partition or an offset given to the offsets API has one of the shapes
 * {@link SourceOffsets} writes and reads, and what a message should say was expected. Only the
 * shape: whether the partition names a table this connector reads is the caller's question.
 */
public final class OffsetShapes {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public static final String EXPECTED_PARTITIONS = "{\"protocol\": \"1\", \"table\": \"<schema>.<table>\"} "
        + "(or Confluent 10.9.4's \"<database>.<schema>.<table>\"), the older {\"table\": \"<table>\"}, "
        + "or {\"query\": \"query\"} for a custom query";

    private OffsetShapes() {
    }

    /** What is wrong with a partition's shape; {@code null} when it is one of ours. */
    public static String partitionProblem(Map<String, ?> partition) {
        if (partition == null) {
            return "a partition is required";
        }
        Set<String> keys = partition.keySet();
        if (keys.equals(Set.of(SourceOffsets.QUERY_KEY))) {
            return SourceOffsets.QUERY_PARTITION.equals(partition) ? null
                : "a custom query's partition is {\"query\": \"query\"}, whatever the query";
        }
        if (keys.equals(Set.of(SourceOffsets.TABLE_KEY))) {
            return tableNameProblem(partition);
        }
        if (keys.equals(Set.of(SourceOffsets.TABLE_KEY, SourceOffsets.PROTOCOL_KEY))) {
            if (!SourceOffsets.PROTOCOL_ONE.equals(partition.get(SourceOffsets.PROTOCOL_KEY))) {
                return "\"protocol\" must be the string \"1\"";
            }
            return tableNameProblem(partition);
        }
        return "unknown keys " + new HashSet<>(keys);
    }

    private static String tableNameProblem(Map<String, ?> partition) {
        Object table = partition.get(SourceOffsets.TABLE_KEY);
        return table instanceof String && !((String) table).isEmpty() ? null : "\"table\" must be a table's name";
    }

    /** Whether the partition is a custom query's (a partition of our shape is either that or a table's). */
    public static boolean isQueryPartition(Map<String, ?> partition) {
        return SourceOffsets.QUERY_PARTITION.equals(partition);
    }

    /** What is wrong with an offset for {@code mode}; {@code null} when it is one that mode reads. */
    public static String offsetProblem(SourceMode mode, Map<String, ?> offset) {
        if (mode == SourceMode.BULK) {
            return "bulk mode keeps no offsets, so only a reset (a null offset) is accepted";
        }
        Set<String> required = new HashSet<>(keys(mode));
        if (!offset.keySet().equals(required)) {
            return "mode " + mode.configValue() + " reads offsets with exactly the keys " + keys(mode)
                + ", not " + new HashSet<>(offset.keySet());
        }
        for (String key : required) {
            if (!isWholeNumber(offset.get(key))) {
                return "\"" + key + "\" must be a whole number, not " + offset.get(key);
            }
        }
        return mode.usesTimestamps() ? timestampProblem(offset) : null;
    }

    /** The timestamp in milliseconds and its nanoseconds of the second must name one instant, as Confluent writes them. */
    private static String timestampProblem(Map<String, ?> offset) {
        long millis = ((Number) offset.get(SourceOffsets.TIMESTAMP_KEY)).longValue();
        long nanos = ((Number) offset.get(SourceOffsets.TIMESTAMP_NANOS_KEY)).longValue();
        if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
            return "\"timestamp_nanos\" must be the nanoseconds of the second, 0 to 999999999, not " + nanos;
        }
        if (Math.floorMod(millis, 1000L) != nanos / NANOS_PER_MILLI) {
            return "\"timestamp_nanos\" " + nanos + " does not hold the milliseconds of \"timestamp\" " + millis
                + " (" + Math.floorMod(millis, 1000L) + ")";
        }
        return null;
    }

    /** The offsets {@code mode} reads, for messages. */
    public static String expectedOffset(SourceMode mode) {
        return mode == SourceMode.BULK ? "null (a reset)" : offsetOf(mode) + " or null (a reset)";
    }

    private static String offsetOf(SourceMode mode) {
        switch (mode) {
            case INCREMENTING:
                return "{\"incrementing\": <the last value read>}";
            case TIMESTAMP:
                return "{\"timestamp\": <epoch milliseconds>, \"timestamp_nanos\": <nanoseconds of that second>}";
            default:
                return "{\"timestamp\": <epoch milliseconds>, \"timestamp_nanos\": <nanoseconds of that second>, "
                    + "\"incrementing\": <the last value read at that timestamp>}";
        }
    }

    private static List<String> keys(SourceMode mode) {
        switch (mode) {
            case INCREMENTING:
                return Arrays.asList(SourceOffsets.INCREMENTING_KEY);
            case TIMESTAMP:
                return Arrays.asList(SourceOffsets.TIMESTAMP_KEY, SourceOffsets.TIMESTAMP_NANOS_KEY);
            default:
                return Arrays.asList(SourceOffsets.TIMESTAMP_KEY, SourceOffsets.TIMESTAMP_NANOS_KEY,
                    SourceOffsets.INCREMENTING_KEY);
        }
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }
}
