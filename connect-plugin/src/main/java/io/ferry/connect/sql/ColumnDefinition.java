package io.ferry.connect.sql;

import java.util.Objects;

/**
 * A column as CREATE TABLE or ALTER TABLE ... ADD COLUMN declares it: name, type, and either
 * NULL, NOT NULL or a DEFAULT (a column with a default stays nullable, as in Confluent's sink).
 */
public final class ColumnDefinition {
    private final String name;
    private final String type;
    private final boolean notNull;
    private final String defaultLiteral;

    private ColumnDefinition(String name, String type, boolean notNull, String defaultLiteral) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.notNull = notNull;
        this.defaultLiteral = defaultLiteral;
    }

    /** @param type SQL type text as the type families declare it ({@code INT}, {@code TEXT[]}), written as is */
    public static ColumnDefinition nullable(String name, String type) {
        return new ColumnDefinition(name, type, false, null);
    }

    public static ColumnDefinition notNull(String name, String type) {
        return new ColumnDefinition(name, type, true, null);
    }

    /** @param defaultLiteral the default as SQL text, e.g. {@code 5} or {@code 'n/a'} (see {@link Literals}) */
    public static ColumnDefinition withDefault(String name, String type, String defaultLiteral) {
        return new ColumnDefinition(name, type, false, Objects.requireNonNull(defaultLiteral, "defaultLiteral"));
    }

    public String name() {
        return name;
    }

    /** {@code "name" TYPE NOT NULL}, {@code "name" TYPE NULL} or {@code "name" TYPE DEFAULT value}. */
    String sql(Identifiers identifiers) {
        String constraint = defaultLiteral != null ? "DEFAULT " + defaultLiteral : notNull ? "NOT NULL" : "NULL";
        return identifiers.quote(name) + " " + type + " " + constraint;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ColumnDefinition)) {
            return false;
        }
        ColumnDefinition other = (ColumnDefinition) o;
        return name.equals(other.name) && type.equals(other.type) && notNull == other.notNull
            && Objects.equals(defaultLiteral, other.defaultLiteral);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, notNull, defaultLiteral);
    }

    /** As declared, names unquoted: for messages and tests. */
    @Override
    public String toString() {
        return sql(Identifiers.alwaysQuoting());
    }
}
