package io.ferry.connect.sink;

import io.ferry.connect.sql.TableId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * What one transaction writes: the rows of one or more puts, and the next offset of every
 * partition those puts consumed (records skipped or sent to the dead letter queue included), which
 * count as done once the transaction commits.
 */
final class Batch {
    private final WriteBuffer rows = new WriteBuffer();
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();

    void add(List<SinkRow> newRows, Map<TopicPartition, Long> consumed) {
        newRows.forEach(rows::add);
        consumed.forEach((partition, next) -> nextOffsets.merge(partition, next, Math::max));
    }

    /** Nothing to write and no progress to record. */
    boolean isEmpty() {
        return rows.size() == 0 && nextOffsets.isEmpty();
    }

    int rowCount() {
        return rows.size();
    }

    List<TableId> tables() {
        return rows.tables();
    }

    List<SinkRow> rowsOf(TableId table) {
        return rows.rowsOf(table);
    }

    Map<TopicPartition, Long> nextOffsets() {
        return nextOffsets;
    }

    Set<TopicPartition> partitions() {
        return new HashSet<>(nextOffsets.keySet());
    }

    /** Forgets the rows and progress of partitions this task no longer owns; their new owner writes them. */
    void removePartitions(Collection<TopicPartition> partitions) {
        rows.removeIf(row -> partitions.contains(row.partition()));
        nextOffsets.keySet().removeAll(partitions);
    }

    /** Drops the rows the database already has (a commit reported as failed may have gone through). */
    void dropWritten(OffsetStore offsets) {
        rows.removeIf(row -> offsets.isWritten(row.record()));
    }
}
