package io.ferry.connect.sql;

import java.util.Objects;

/** A table, optionally qualified with its schema; names are kept exactly as the database has them. */
public final class TableId {
    private final String schema;
    private final String table;

    public TableId(String schema, String table) {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("A table name cannot be empty");
        }
        this.schema = schema == null || schema.isEmpty() ? null : schema;
        this.table = table;
    }

    /**
     * Parses {@code table} or {@code schema.table}. A name that itself holds a dot can be written
     * with double quotes, as in SQL: {@code "my.schema"."my.table"}.
     */
    public static TableId parse(String name) {
        String text = name.trim();
        if (text.startsWith("\"")) {
            int end = closingQuote(text, 1);
            String first = text.substring(1, end).replace("\"\"", "\"");
            String rest = text.substring(end + 1);
            if (rest.isEmpty()) {
                return new TableId(null, first);
            }
            if (!rest.startsWith(".")) {
                throw new IllegalArgumentException("Cannot parse table name: " + name);
            }
            return new TableId(first, unquote(rest.substring(1)));
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return new TableId(null, text);
        }
        return new TableId(text.substring(0, dot), unquote(text.substring(dot + 1)));
    }

    private static String unquote(String part) {
        if (part.length() >= 2 && part.startsWith("\"") && part.endsWith("\"")) {
            return part.substring(1, part.length() - 1).replace("\"\"", "\"");
        }
        return part;
    }

    private static int closingQuote(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("Unbalanced quotes in table name: " + text);
    }

    public String schema() {
        return schema;
    }

    public String table() {
        return table;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TableId)) {
            return false;
        }
        TableId other = (TableId) o;
        return Objects.equals(schema, other.schema) && table.equals(other.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, table);
    }

    /** {@code schema.table} or {@code table}, unquoted: for logs, messages and offsets. */
    @Override
    public String toString() {
        return schema == null ? table : schema + "." + table;
    }
}
