package io.ferry.connect.sql;

import java.util.List;

/** {@code UPDATE t SET "a" = ?, "b" = ? WHERE "k" = ?}: the other columns, then the key columns. */
public final class UpdateBuilder {
    private final Identifiers identifiers;
    private final ColumnLists lists;

    public UpdateBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
    }

    public DmlStatement build(TableId table, List<String> keyColumns, List<String> otherColumns) {
        ColumnLists.requireColumns(keyColumns, "An UPDATE's WHERE clause");
        ColumnLists.requireColumns(otherColumns, "An UPDATE's SET clause (besides the key)");
        String sql = "UPDATE " + identifiers.quote(table) + " SET " + lists.assignments(otherColumns, ", ")
            + " WHERE " + lists.assignments(keyColumns, " AND ");
        return new DmlStatement(sql, ColumnLists.concat(otherColumns, keyColumns));
    }
}
