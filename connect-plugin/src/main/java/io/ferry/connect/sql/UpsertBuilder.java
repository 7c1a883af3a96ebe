package io.ferry.connect.sql;

import java.util.List;

/**
 * PostgreSQL's upsert: {@code INSERT ... ON CONFLICT ("k") DO UPDATE SET "a" = EXCLUDED."a"}, or
 * {@code DO NOTHING} when every column is a key column. The conflict target is the key columns,
 * so the table needs a primary key or unique constraint on exactly them.
 */
public final class UpsertBuilder {
    private final Identifiers identifiers;
    private final ColumnLists lists;
    private final InsertBuilder insert;

    public UpsertBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
        this.insert = new InsertBuilder(identifiers);
    }

    public DmlStatement build(TableId table, List<String> keyColumns, List<String> otherColumns) {
        ColumnLists.requireColumns(keyColumns, "An upsert's conflict target");
        DmlStatement plain = insert.build(table, keyColumns, otherColumns);
        return new DmlStatement(plain.sql() + conflictClause(keyColumns, otherColumns), plain.boundColumns());
    }

    /** {@code  ON CONFLICT ("k") DO UPDATE SET ...}, with its leading space: what turns an INSERT into an upsert. */
    String conflictClause(List<String> keyColumns, List<String> otherColumns) {
        ColumnLists.requireColumns(keyColumns, "An upsert's conflict target");
        String action = otherColumns.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + lists.join(otherColumns,
            c -> identifiers.quote(c) + " = EXCLUDED." + identifiers.quote(c), ", ");
        return " ON CONFLICT (" + lists.names(keyColumns) + ") " + action;
    }
}
