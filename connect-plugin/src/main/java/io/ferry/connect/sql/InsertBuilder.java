package io.ferry.connect.sql;

import java.util.List;

/** {@code INSERT INTO t ("k","a") VALUES (?,?)}: key columns first, then the others. */
public final class InsertBuilder {
    private final Identifiers identifiers;
    private final ColumnLists lists;

    public InsertBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
    }

    public DmlStatement build(TableId table, List<String> keyColumns, List<String> otherColumns) {
        List<String> columns = ColumnLists.concat(keyColumns, otherColumns);
        ColumnLists.requireColumns(columns, "An INSERT");
        String sql = "INSERT INTO " + identifiers.quote(table) + " (" + lists.names(columns) + ") VALUES ("
            + lists.markers(columns.size()) + ")";
        return new DmlStatement(sql, columns);
    }
}
