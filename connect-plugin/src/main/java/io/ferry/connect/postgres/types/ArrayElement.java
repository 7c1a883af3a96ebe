package io.ferry.connect.postgres.types;

import io.ferry.connect.sql.TypeName;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.connect.errors.DataException;

/**
 * How a column's values travel as the elements of one array parameter: as which element type,
 * converted how. The element type is the type a single bound value of the same schema has (int4
 * for INT32, timestamptz for a Timestamp into a timestamptz column, ...), so the INSERT converts
 * it to the column exactly as it converts a single bound value; a string bound untyped for the
 * server to convert (into uuid, json, an enum, ...) travels as the column's own type instead,
 * which runs the same input function. Two elements are equal when their values convert alike.
 */
public final class ArrayElement {
    private final TypeName type;
    private final ElementConversion conversion;

    ArrayElement(TypeName type, ElementConversion conversion) {
        this.type = Objects.requireNonNull(type, "type");
        this.conversion = Objects.requireNonNull(conversion, "conversion");
    }

    /** An element of one of PostgreSQL's own types. */
    static ArrayElement builtIn(String typeName, ElementConversion conversion) {
        return new ArrayElement(TypeName.builtIn(typeName), conversion);
    }

    /** The type of the elements: pg_catalog.int4, pg_catalog.text, pg_catalog.uuid, public.mood, ... */
    public TypeName type() {
        return type;
    }

    /**
     * Binds one column's values, nulls included, as one array parameter of this element type.
     *
     * @throws DataException when a value is not of the Java type its schema promises
     */
    public void bind(PreparedStatement statement, int index, List<?> values) throws SQLException {
        statement.setObject(index, elements(statement, values));
    }

    /** The values as the array's elements; the statement's connection formats dates and times. */
    Object[] elements(PreparedStatement statement, List<?> values) throws SQLException {
        try {
            return conversion.elements(statement, values);
        } catch (ClassCastException e) {
            throw new DataException("A value for a " + this + " array is not of its schema's type: "
                + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayElement)) {
            return false;
        }
        ArrayElement other = (ArrayElement) o;
        return conversion.equals(other.conversion) && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversion, type);
    }

    @Override
    public String toString() {
        return type + " from " + conversion;
    }
}
