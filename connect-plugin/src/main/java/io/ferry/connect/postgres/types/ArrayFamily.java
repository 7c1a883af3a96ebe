package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/**
 * Array types (_int4 is int4[]); Connect's ARRAY, written into an array column of the same
 * element type. Not read (yet): the source leaves array columns out.
 */
final class ArrayFamily implements TypeFamily {
    private final Function<Schema, Optional<String>> elementDdlNames;

    /** @param elementDdlNames the DDL name of an element's schema, from whichever family declares it */
    ArrayFamily(Function<Schema, Optional<String>> elementDdlNames) {
        this.elementDdlNames = elementDdlNames;
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        return Optional.empty();
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.ARRAY;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        List<?> values = (List<?>) value;
        if (!column.typeName().startsWith("_")) {
            throw new DataException("Cannot write an array into column " + column + ", which is not an array");
        }
        Array array = statement.getConnection().createArrayOf(column.typeName().substring(1), values.toArray());
        statement.setArray(index, array);
    }

    /** None: an array of arrays cannot travel as one array parameter, so arrays go one row at a time. */
    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.empty();
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        if (schema.type() != Schema.Type.ARRAY) {
            return Optional.empty();
        }
        return elementDdlNames.apply(schema.valueSchema()).map(element -> element + "[]");
    }
}
