package io.ferry.connect.sql;

import java.util.List;

/** {@code DELETE FROM t WHERE "k1" = ? AND "k2" = ?}. */
public final class DeleteBuilder {
    private final Identifiers identifiers;
    private final ColumnLists lists;

    public DeleteBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
    }

    public DmlStatement build(TableId table, List<String> keyColumns) {
        ColumnLists.requireColumns(keyColumns, "A DELETE's WHERE clause");
        String sql = "DELETE FROM " + identifiers.quote(table) + " WHERE " + lists.assignments(keyColumns, " AND ");
        return new DmlStatement(sql, keyColumns);
    }
}
