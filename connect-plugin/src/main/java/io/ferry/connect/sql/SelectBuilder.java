package io.ferry.connect.sql;

import java.util.List;

/**
 * {@code SELECT "a", "b" FROM t}: a table's columns, in the order given. What the source's queries
 * start from; they add the rows' order and bounds.
 */
public final class SelectBuilder {
    private final Identifiers identifiers;
    private final ColumnLists lists;

    public SelectBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
    }

    public String build(TableId table, List<String> columns) {
        ColumnLists.requireColumns(columns, "A SELECT");
        return "SELECT " + lists.join(columns, identifiers::quote, ", ") + " FROM " + identifiers.quote(table);
    }
}
