package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.errors.DataException;

/**
 * Array types (_int4 is int4[]); Connect's ARRAY of the element's schema, each element optional
 * (an element may be NULL), read and written element by element as the element's family reads and
 * binds a single value. One dimension only: a column declared with more (int[][]) is left out, and
 * a value of more dimensions in any other array column fails its read, naming the column. An
 * array's lower bound ([0:2]={...}) is not kept: the Connect array starts at its first element.
 * Arrays whose elements are selected through a cast (money[]) are left out too.
 */
final class ArrayFamily implements TypeFamily {
    private final PostgresTypes elementTypes;

    /** @param elementTypes the types that read, bind and declare the elements (names and defaults) */
    ArrayFamily(PostgresTypes elementTypes) {
        this.elementTypes = elementTypes;
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.element().isPresent() || column.dimensions() > 1) {
            return Optional.empty();
        }
        Optional<ColumnReader> element = elementTypes.reader(column.element().get());
        if (!element.isPresent() || element.get().selectedAs().isPresent()) {
            return Optional.empty();
        }
        ColumnReader elements = element.get();
        return ColumnReader.of(column, SchemaBuilder.array(elements.schema()), (rs, i) -> list(rs.getArray(i), elements));
    }

    /** The elements of a one-dimensional array, each as its own family reads it; null for SQL NULL. */
    static List<Object> list(Array array, ColumnReader elements) throws SQLException {
        if (array == null) {
            return null;
        }
        try (ResultSet rows = array.getResultSet()) {
            if (rows.getMetaData().getColumnType(2) == Types.ARRAY) {
                throw new DataException("An array of more than one dimension cannot be a Connect array");
            }
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(elements.read(rows, 2)); // column 1 is the element's index
            }
            return values;
        } finally {
            array.free();
        }
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.ARRAY;
    }

    /**
     * Binds the list as an array of the column's element type, each element converted as its
     * family converts it for the one-statement writes (dates as the driver's text, ...); elements
     * no family converts go as they are.
     */
    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        List<?> values = (List<?>) value;
        if (!column.typeName().startsWith("_")) {
            throw new DataException("Cannot write an array into column " + column + ", which is not an array");
        }
        ColumnDescription elementColumn = new ColumnDescription(column.name(), column.typeName().substring(1),
            column.type() == null ? null : column.type().schema(), false, column.typeModifier());
        Optional<ArrayElement> element = elementTypes.arrayElement(schema.valueSchema(), elementColumn);
        Object[] elements = element.isPresent() ? element.get().elements(statement, values) : values.toArray();
        Array array = statement.getConnection().createArrayOf(elementColumn.typeName(), elements);
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
        return elementTypes.ddlName(schema.valueSchema()).map(element -> element + "[]");
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
            Optional<String> constant = elementTypes.ddlDefault(schema.valueSchema(), element);
            if (!constant.isPresent()) {
                return Optional.empty();
            }
            elements.add(constant.get());
        }
        return Optional.of(elements.toString());
    }
}
