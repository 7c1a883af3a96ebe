package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/**
 * Array types (_int4 is int4[]); Connect's ARRAY, written into an array column of the same
 * element type. Not read (yet): the source leaves array columns out.
 */
final class ArrayFamily implements TypeFamily {
    private final Function<Schema, Optional<String>> elementDdlNames;
    private final BiFunction<Schema, Object, Optional<String>> elementDdlDefaults;

    /**
     * @param elementDdlNames    the DDL name of an element's schema, from whichever family declares it
     * @param elementDdlDefaults the SQL constant of an element, from the same family
     */
    ArrayFamily(Function<Schema, Optional<String>> elementDdlNames,
                BiFunction<Schema, Object, Optional<String>> elementDdlDefaults) {
        this.elementDdlNames = elementDdlNames;
        this.elementDdlDefaults = elementDdlDefaults;
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

    /**
     * {@code ARRAY[1,NULL,3]::INT[]}: each element as its own family writes it, and the cast gives
     * the elements their type (a string constant alone would be text) and an empty array one.
     */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        Optional<String> type = ddlName(schema);
        if (!type.isPresent()) {
            return Optional.empty();
        }
        StringJoiner elements = new StringJoiner(",", "ARRAY[", "]::" + type.get());
        for (Object element : (List<?>) value) {
            if (element == null) {
                elements.add("NULL");
                continue;
            }
            Optional<String> constant = elementDdlDefaults.apply(schema.valueSchema(), element);
            if (!constant.isPresent()) {
                return Optional.empty();
            }
            elements.add(constant.get());
        }
        return Optional.of(elements.toString());
    }
}
