package io.ferry.connect.source.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The text of a SELECT and what its {@code ?} parameters stand for, in order. */
public final class SelectStatement {
    /** What a bound parameter holds. */
    public enum Parameter { LAST_INCREMENTING_VALUE, ROW_LIMIT }

    private final String sql;
    private final List<Parameter> parameters;

    SelectStatement(String sql, Parameter... parameters) {
        this.sql = sql;
        this.parameters = Collections.unmodifiableList(Arrays.asList(parameters));
    }

    public String sql() {
        return sql;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return sql;
    }
}
