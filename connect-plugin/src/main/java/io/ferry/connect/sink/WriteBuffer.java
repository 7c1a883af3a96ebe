package io.ferry.connect.sink;

import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Rows waiting to be written, per table, in record order. */
final class WriteBuffer {
    private final Map<TableId, List<SinkRow>> rows = new LinkedHashMap<>();
    private int size;

    void add(SinkRow row) {
        rows.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
        size++;
    }

    List<TableId> tables() {
        return new ArrayList<>(rows.keySet());
    }

    List<SinkRow> rowsOf(TableId table) {
        return rows.getOrDefault(table, new ArrayList<>());
    }

    /** Drops the rows that match, e.g. those of partitions this task no longer owns. */
    void removeIf(Predicate<SinkRow> unwanted) {
        for (List<SinkRow> list : rows.values()) {
            size -= list.size();
            list.removeIf(unwanted);
            size += list.size();
        }
        rows.values().removeIf(List::isEmpty);
    }

    int size() {
        return size;
    }
}
