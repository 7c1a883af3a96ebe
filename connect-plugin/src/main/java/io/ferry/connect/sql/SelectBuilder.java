package io.ferry.connect.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code SELECT "a", "m"::"pg_catalog"."numeric" AS "m" FROM t}: a table's columns, in the order
 * given, each as it is or cast. What the source's queries start from; they add the rows' order
 * and bounds.
 */
public final class SelectBuilder {
    private final Identifiers identifiers;
    /** Type names come from the catalog exactly as stored: quoted whatever quote.sql.identifiers says. */
    private final Identifiers typeNames = Identifiers.alwaysQuoting();

    public SelectBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    public String build(TableId table, List<SelectedColumn> columns) {
        ColumnLists.requireColumns(columns, "A SELECT");
        return "SELECT " + columns.stream().map(this::selected).collect(Collectors.joining(", ")) + " FROM "
            + identifiers.quote(table);
    }

    private String selected(SelectedColumn column) {
        String name = identifiers.quote(column.name());
        return column.cast().map(type -> name + "::" + typeNames.quote(type.schema()) + "."
            + typeNames.quote(type.name()) + " AS " + name).orElse(name);
    }
}
