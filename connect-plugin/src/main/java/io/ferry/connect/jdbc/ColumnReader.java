package io.ferry.connect.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.apache.kafka.connect.data.Schema;

/** Reads one column of a result set into the Connect value its schema describes. */
public final class ColumnReader {
    /** Reads the value at a column index; returns {@code null} for SQL NULL. */
    @FunctionalInterface
    public interface Reading {
        Object read(ResultSet rs, int index) throws SQLException;
    }

    private final Schema schema;
    private final Reading reading;

    public ColumnReader(Schema schema, Reading reading) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.reading = Objects.requireNonNull(reading, "reading");
    }

    public Schema schema() {
        return schema;
    }

    public Object read(ResultSet rs, int index) throws SQLException {
        return reading.read(rs, index);
    }
}
