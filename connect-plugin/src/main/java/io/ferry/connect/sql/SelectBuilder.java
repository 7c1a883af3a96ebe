package io.ferry.connect.sql;

import java.util.List;

/**
 * {@code SELECT "a", "b" FROM t}: a table's columns, in the order given, or a custom query's, the
 * query wrapped as a subquery so that what the source adds (its own WHERE, ORDER BY and LIMIT)
 * applies to the query's rows whatever clauses the query itself ends with. What the source's
 * queries start from; they add the rows' order and bounds.
 */
public final class SelectBuilder {
    /** The name a custom query's rows go by in the statements built over it. */
    public static final String QUERY_ALIAS = "ferry_query";

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

    /**
     * The columns of a custom query's rows. The query stands on lines of its own, so that a comment
     * at its end cannot swallow the closing parenthesis; a trailing semicolon is dropped.
     */
    public String buildOverQuery(String query, List<String> columns) {
        ColumnLists.requireColumns(columns, "A SELECT");
        return "SELECT " + lists.join(columns, identifiers::quote, ", ") + allOverQuery(query).substring("SELECT *".length());
    }

    /** Every column of a custom query's rows, wrapped as {@link #buildOverQuery} wraps it: to describe them. */
    public String allOverQuery(String query) {
        return "SELECT * FROM (\n" + withoutTerminator(query) + "\n) AS " + identifiers.quote(QUERY_ALIAS);
    }

    static String withoutTerminator(String query) {
        String text = query.trim();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        return text;
    }
}
