package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

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

    /** The reader of a column: a required schema for a NOT NULL column, an optional one for any other. */
    static Optional<ColumnReader> of(CatalogColumn column, SchemaBuilder schema, Reading reading) {
        if (!column.notNull()) {
            schema.optional();
        }
        return Optional.of(new ColumnReader(schema.build(), reading));
    }

    /** A value read with a getter that returns 0 or false for SQL NULL, or null when the column was NULL. */
    static Object unlessNull(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    public Schema schema() {
        return schema;
    }

    public Object read(ResultSet rs, int index) throws SQLException {
        return reading.read(rs, index);
    }
}
