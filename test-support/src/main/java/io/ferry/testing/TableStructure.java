package io.ferry.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as {@code information_schema} describes it: each column in order (name, type, NOT NULL,
 * DEFAULT) and the primary key's columns in key order. Two tables declared alike are equal, so a
 * test can compare a table a connector created with one created by the statement expected of it.
 */
public final class TableStructure {
    private static final String COLUMNS = "SELECT column_name || ' ' || CASE WHEN data_type = 'ARRAY' THEN udt_name "
        + "ELSE data_type END || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END "
        + "|| coalesce(' DEFAULT ' || column_default, '') FROM information_schema.columns "
        + "WHERE table_schema = '%s' AND table_name = '%s' ORDER BY ordinal_position";
    private static final String PRIMARY_KEY = "SELECT k.column_name FROM information_schema.table_constraints c "
        + "JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema "
        + "AND k.constraint_name = c.constraint_name WHERE c.constraint_type = 'PRIMARY KEY' "
        + "AND c.table_schema = '%s' AND c.table_name = '%s' ORDER BY k.ordinal_position";

    private final List<String> columns;
    private final List<String> primaryKey;

    private TableStructure(List<String> columns, List<String> primaryKey) {
        this.columns = columns;
        this.primaryKey = primaryKey;
    }

    /** @param schema and {@code table}: names as the catalog stores them (no quotes; no quotes inside either) */
    public static TableStructure of(Database db, String schema, String table) {
        if (schema.contains("'") || table.contains("'")) {
            throw new IllegalArgumentException("Names with quotes are not supported here: " + schema + "." + table);
        }
        return new TableStructure(strings(db, String.format(COLUMNS, schema, table)),
            strings(db, String.format(PRIMARY_KEY, schema, table)));
    }

    private static List<String> strings(Database db, String query) {
        List<String> values = new ArrayList<>();
        db.rows(query).forEach(row -> values.add((String) row.get(0)));
        return values;
    }

    /** e.g. {@code qty integer NOT NULL DEFAULT 5}, {@code tags _text}; empty when there is no such table. */
    public List<String> columns() {
        return columns;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TableStructure)) {
            return false;
        }
        TableStructure other = (TableStructure) o;
        return columns.equals(other.columns) && primaryKey.equals(other.primaryKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, primaryKey);
    }

    @Override
    public String toString() {
        return columns + " PRIMARY KEY " + primaryKey;
    }
}
