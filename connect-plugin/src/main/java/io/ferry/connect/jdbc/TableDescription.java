package io.ferry.connect.jdbc;

import io.ferry.connect.sql.TableId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A destination table's columns, read once from the database. */
public final class TableDescription {
    private final TableId table;
    private final Map<String, ColumnDescription> columns;

    public TableDescription(TableId table, Map<String, ColumnDescription> columns) {
        this.table = table;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public TableId table() {
        return table;
    }

    /** The column of exactly this name, or null. */
    public ColumnDescription column(String name) {
        return columns.get(name);
    }

    public Map<String, ColumnDescription> columns() {
        return columns;
    }
}
