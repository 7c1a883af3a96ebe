package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.sql.TypeName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Reads one column of a result set into the Connect value its schema describes; the column is
 * selected as it is, or cast to the type the reading reads (money as numeric).
 */
public final class ColumnReader {
    /** Reads the value at a column index; returns {@code null} for SQL NULL. */
    @FunctionalInterface
    public interface Reading {
        Object read(ResultSet rs, int index) throws SQLException;
    }

    private final Schema schema;
    private final Reading reading;
    private final TypeName selectedAs;

    public ColumnReader(Schema schema, Reading reading) {
        this(schema, reading, null);
    }

    private ColumnReader(Schema schema, Reading reading, TypeName selectedAs) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.selectedAs = selectedAs;
    }

    /** The reader of a column: a required schema for a NOT NULL column, an optional one for any other. */
    static Optional<ColumnReader> of(CatalogColumn column, SchemaBuilder schema, Reading reading) {
        return of(column, schema, null, reading);
    }

    /** The reader of a column that the query casts to {@code selectedAs}, which the reading reads. */
    static Optional<ColumnReader> of(CatalogColumn column, SchemaBuilder schema, TypeName selectedAs,
                                     Reading reading) {
        if (!column.notNull()) {
            schema.optional();
        }
        return Optional.of(new ColumnReader(schema.build(), reading, selectedAs));
    }

    /** A value read with a getter that returns 0 or false for SQL NULL, or null when the column was NULL. */
    static Object unlessNull(ResultSet rs, Object value) throws SQLException {
        return rs.wasNull() ? null : value;
    }

    public Schema schema() {
        return schema;
    }

    /** The type the query must cast the column to for {@link #read}; empty when it reads the column as it is. */
    public Optional<TypeName> selectedAs() {
        return Optional.ofNullable(selectedAs);
    }

    public Object read(ResultSet rs, int index) throws SQLException {
        return reading.read(rs, index);
    }
}
