package io.ferry.connect.jdbc;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A destination table's kind and columns, read once from the database. */
public final class TableDescription {
    private final TableId table;
    private final RelationKind kind;
    private final Map<String, ColumnDescription> columns;

    public TableDescription(TableId table, RelationKind kind, Map<String, ColumnDescription> columns) {
        this.table = table;
        this.kind = kind;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public TableId table() {
        return table;
    }

    /** Table, view, partitioned table, ...: what {@code table.types} allows or not. */
    public RelationKind kind() {
        return kind;
    }

    /** The column of exactly this name, or null. */
    public ColumnDescription column(String name) {
        return columns.get(name);
    }

    /**
     * The column a statement naming it through {@code identifiers} writes: of exactly this name, or
     * of the name PostgreSQL stores it under when it goes unquoted; null when there is none.
     */
    public ColumnDescription column(String name, Identifiers identifiers) {
        ColumnDescription column = columns.get(name);
        return column != null ? column : columns.get(identifiers.storedName(name));
    }

    public Map<String, ColumnDescription> columns() {
        return columns;
    }
}
