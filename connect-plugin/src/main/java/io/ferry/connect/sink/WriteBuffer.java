package io.ferry.connect.sink;

import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * Rows waiting to be written, per table, in record order. A {@link Mark} taken before a
 * {@code put()} lets the task drop exactly that call's rows when the call is to be redelivered.
 */
final class WriteBuffer {
    private final Map<TableId, List<SinkRow>> rows = new LinkedHashMap<>();

    /** The buffer's size per table at one moment. */
    static final class Mark {
        private final Map<TableId, Integer> sizes;

        private Mark(Map<TableId, Integer> sizes) {
            this.sizes = sizes;
        }
    }

    void add(SinkRow row) {
        rows.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
    }

    Mark mark() {
        Map<TableId, Integer> sizes = new HashMap<>();
        rows.forEach((table, list) -> sizes.put(table, list.size()));
        return new Mark(sizes);
    }

    /** Drops every row added since {@code mark}. */
    void truncate(Mark mark) {
        rows.replaceAll((table, list) -> new ArrayList<>(list.subList(0, Math.min(list.size(),
            mark.sizes.getOrDefault(table, 0)))));
        rows.values().removeIf(List::isEmpty);
    }

    List<TableId> tables() {
        return new ArrayList<>(rows.keySet());
    }

    List<SinkRow> rowsOf(TableId table) {
        return rows.getOrDefault(table, new ArrayList<>());
    }

    void clear(Collection<TableId> tables) {
        rows.keySet().removeAll(tables);
    }

    void clear() {
        rows.clear();
    }

    /** Forgets the rows of partitions this task no longer owns; their records will be redelivered. */
    void removePartitions(Collection<TopicPartition> partitions) {
        for (List<SinkRow> list : rows.values()) {
            list.removeIf(row -> partitions.contains(
                new TopicPartition(row.record().topic(), row.record().kafkaPartition())));
        }
        rows.values().removeIf(List::isEmpty);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
