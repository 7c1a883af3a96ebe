package io.ferry.connect.source.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The text of a SELECT and what its {@code ?} parameters stand for, in order. */
public final class SelectStatement {
    /** What a bound parameter holds. */
    public enum Parameter {
        LAST_INCREMENTING_VALUE,
        ROW_LIMIT,
        /** The timestamp of the last row read. */
        LAST_TIMESTAMP,
        /** The timestamp below which rows are read: the database's time less the delay. */
        READ_BELOW,
        /** The timestamp of the rows of one timestamp, read all together. */
        GROUP_TIMESTAMP
    }

    private final String sql;
    private final List<Parameter> parameters;

    SelectStatement(String sql, Parameter... parameters) {
        this.sql = sql;
        this.parameters = Collections.unmodifiableList(Arrays.asList(parameters));
    }

    /** {@code query.suffix} appended, as Confluent's connector appends it: at the very end. */
    SelectStatement suffixed(String suffix) {
        return suffix.trim().isEmpty() ? this
            : new SelectStatement(sql + " " + suffix.trim(), parameters.toArray(new Parameter[0]));
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
