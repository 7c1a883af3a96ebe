package io.ferry.connect.sql;

import java.util.List;

/**
 * {@code CREATE TABLE IF NOT EXISTS t ("k" INT NOT NULL, "a" TEXT NULL, PRIMARY KEY ("k"))}: the
 * table auto.create makes. IF NOT EXISTS lets a task that lost the race to another one go on.
 */
public final class CreateTableBuilder {
    private final Identifiers identifiers;
    private final ColumnLists lists;

    public CreateTableBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
    }

    /** @param primaryKey the key's columns, among {@code columns}; empty for a table without one */
    public String build(TableId table, List<ColumnDefinition> columns, List<String> primaryKey) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A CREATE TABLE needs at least one column");
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(identifiers.quote(table))
            .append(" (");
        for (ColumnDefinition column : columns) {
            sql.append(column.sql(identifiers)).append(", ");
        }
        if (primaryKey.isEmpty()) {
            sql.setLength(sql.length() - 2);
        } else {
            sql.append("PRIMARY KEY (").append(lists.names(primaryKey)).append(")");
        }
        return sql.append(")").toString();
    }
}
