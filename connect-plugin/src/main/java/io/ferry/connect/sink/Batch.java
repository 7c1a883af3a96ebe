package io.ferry.connect.sink;

import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.TopicPartition;

/**
 * What one transaction writes: the rows of one or more puts, per table in record order, and the
 * next offset of every partition those puts consumed (records skipped or sent to the dead letter
 * queue included), which count as done once the transaction commits.
 */
final class Batch {
    private final Map<TableId, List<SinkRow>> rows = new LinkedHashMap<>();
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();

    void add(List<SinkRow> newRows, Map<TopicPartition, Long> consumed) {
        newRows.forEach(row -> rows.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row));
        consumed.forEach((partition, next) -> nextOffsets.merge(partition, next, Math::max));
    }

    /** Nothing to write and no progress to record. */
    boolean isEmpty() {
        return rows.isEmpty() && nextOffsets.isEmpty();
    }

    int rowCount() {
        int count = 0;
        for (List<SinkRow> table : rows.values()) {
            count += table.size();
        }
        return count;
    }

    List<TableId> tables() {
        return new ArrayList<>(rows.keySet());
    }

    List<SinkRow> rowsOf(TableId table) {
        return rows.getOrDefault(table, new ArrayList<>());
    }

    Map<TopicPartition, Long> nextOffsets() {
        return nextOffsets;
    }

    Set<TopicPartition> partitions() {
        return new HashSet<>(nextOffsets.keySet());
    }

    /** Forgets the rows and progress of partitions this task no longer owns; their new owner writes them. */
    void removePartitions(Collection<TopicPartition> partitions) {
        removeRows(row -> partitions.contains(row.partition()));
        nextOffsets.keySet().removeAll(partitions);
    }

    /** Drops the rows the database already has (a commit reported as failed may have gone through). */
    void dropWritten(OffsetStore offsets) {
        removeRows(row -> offsets.isWritten(row.record()));
    }

    private void removeRows(Predicate<SinkRow> unwanted) {
        rows.values().forEach(table -> table.removeIf(unwanted));
        rows.values().removeIf(List::isEmpty);
    }
}
