package io.ferry.connect.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code SELECT "a", "m"::"pg_catalog"."numeric" AS "m" FROM t}: a table's columns, in the order
 * given, each as it is or cast, or a custom query's, the query wrapped as a subquery so that what
 * the source adds (its own WHERE, ORDER BY and LIMIT) applies to the query's rows whatever clauses
 * the query itself ends with. What the source's queries start from; they add the rows' order and
 * bounds.
 */
public final class SelectBuilder {
    /** The name a custom query's rows go by in the statements built over it. */
    public static final String QUERY_ALIAS = "ferry_query";

    private final Identifiers identifiers;
    /** Type names come from the catalog exactly as stored: quoted whatever quote.sql.identifiers says. */
    private final Identifiers typeNames = Identifiers.alwaysQuoting();

    public SelectBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    public String build(TableId table, List<SelectedColumn> columns) {
        return selectList(columns) + " FROM " + identifiers.quote(table);
    }

    /**
     * The columns of a custom query's rows. The query stands on lines of its own, so that a comment
     * at its end cannot swallow the closing parenthesis; a trailing semicolon is dropped.
     */
    public String buildOverQuery(String query, List<SelectedColumn> columns) {
        return selectList(columns) + allOverQuery(query).substring("SELECT *".length());
    }

    /** Every column of a custom query's rows, wrapped as {@link #buildOverQuery} wraps it: to describe them. */
    public String allOverQuery(String query) {
        return "SELECT * FROM (\n" + withoutTerminator(query) + "\n) AS " + identifiers.quote(QUERY_ALIAS);
    }

    private String selectList(List<SelectedColumn> columns) {
        ColumnLists.requireColumns(columns, "A SELECT");
        return "SELECT " + columns.stream().map(this::selected).collect(Collectors.joining(", "));
    }

    private String selected(SelectedColumn column) {
        String name = identifiers.quote(column.name());
        return column.cast().map(type -> name + "::" + typeNames.quote(type.schema()) + "."
            + typeNames.quote(type.name()) + " AS " + name).orElse(name);
    }

    static String withoutTerminator(String query) {
        String text = query.trim();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return text;
    }
}
