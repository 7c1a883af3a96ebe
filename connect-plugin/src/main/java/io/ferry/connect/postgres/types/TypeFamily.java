package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;

/**
 * A family of PostgreSQL types and the Connect schemas that go with them, and all that Ferry does
 * with them: how the source reads a column, how the sink binds a value into a column and carries
 * many values as one array parameter, and which type and default auto.create declares for a schema.
 * {@link PostgresTypes} asks its families in turn; the first that takes a column or value has it.
 */
interface TypeFamily {
    /** Source: the Connect schema and reading of a column of one of this family's types; empty for other types. */
    Optional<ColumnReader> reader(CatalogColumn column);

    /** Sink: whether values of this schema written into this column are this family's to bind. */
    boolean binds(Schema schema, ColumnDescription column);

    /** Sink: binds a value, not null, of a schema this family {@link #binds} into the column. */
    void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException;

    /**
     * Sink: how values of a schema this family {@link #binds} travel as the elements of one array
     * into the column; empty when they cannot with certainty, and are bound one row at a time.
     */
    Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column);

    /** auto.create: the type a column for values of this schema is declared with; empty for other schemas. */
    Optional<String> ddlName(Schema schema);

    /**
     * auto.create and auto.evolve: a default value, not null, of a schema this family declares a
     * column for, as the SQL constant of the column's {@code DEFAULT}; empty for other schemas.
     */
    Optional<String> ddlDefault(Schema schema, Object value);
}
