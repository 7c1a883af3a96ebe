package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.TypeName;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Strings the server converts: uuid, json, jsonb, xml, the network address types, interval and
 * enums are read as their text, which is exact for each of them; a string written into any column
 * that does not take text (these, and numbers, dates, ... too) is bound untyped, so that the
 * server converts it to the column's type with the type's own input function.
 */
final class ConvertedStringFamily implements TypeFamily {
    private static final Set<String> READ_TYPES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
        "uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr", "macaddr8", "interval")));
    /**
     * Built-in types whose input function reads a string the same with or without the column's
     * type modifier: converting the string to the type and then to the column (numeric(12,3),
     * timestamp(0)) gives what converting it to the column directly gives. Not so interval (a
     * modifier such as MINUTE changes how '3' reads) nor bit strings, which stay row by row.
     */
    private static final Set<String> ARRAY_INPUT_TYPES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
        "uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr", "macaddr8", "int2", "int4", "int8", "float4",
        "float8", "numeric", "bool", "date", "time", "timetz", "timestamp", "timestamptz", "money", "bytea")));
    private static final ElementConversion FROM_UNTYPED_STRING =
        ElementConversion.each("UNTYPED_STRING", String[]::new, v -> (String) v);

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (column.typeKind() != CatalogColumn.ENUM_KIND && !READ_TYPES.contains(column.typeName())) {
            return Optional.empty();
        }
        return ColumnReader.of(column, SchemaBuilder.string(), ResultSet::getString);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.STRING && !TextFamily.takesText(column);
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, value, Types.OTHER);
    }

    /**
     * Strings travel as the column's own type when it is an enum, or a built-in type that reads a
     * string as an untyped value does (a type of the same name in another schema does not count);
     * into any other type (arrays, bit strings, types of extensions) they stay row by row.
     */
    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        TypeName type = column.type();
        if (column.isEnum() && type != null) {
            return Optional.of(new ArrayElement(type, FROM_UNTYPED_STRING));
        }
        boolean builtIn = type == null || type.equals(TypeName.builtIn(column.typeName()));
        return builtIn && ARRAY_INPUT_TYPES.contains(column.typeName())
            ? Optional.of(ArrayElement.builtIn(column.typeName(), FROM_UNTYPED_STRING)) : Optional.empty();
    }

    /** None: a column for strings is text ({@link TextFamily}). */
    @Override
    public Optional<String> ddlName(Schema schema) {
        return Optional.empty();
    }

    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return Optional.empty();
    }
}
