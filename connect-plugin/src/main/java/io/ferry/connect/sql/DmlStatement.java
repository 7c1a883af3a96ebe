package io.ferry.connect.sql;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A DML statement's text and the columns whose values fill its {@code ?} markers, in order. */
public final class DmlStatement {
    private final String sql;
    private final List<String> boundColumns;

    public DmlStatement(String sql, List<String> boundColumns) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.boundColumns = Collections.unmodifiableList(boundColumns);
    }

    public String sql() {
        return sql;
    }

    public List<String> boundColumns() {
        return boundColumns;
    }

    @Override
    public String toString() {
        return sql;
    }
}
