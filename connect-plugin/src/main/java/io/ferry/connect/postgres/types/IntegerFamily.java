package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.ColumnReader.unlessNull;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * smallint, integer and bigint; Connect's INT8 (written as a smallint), INT16, INT32 and INT64. An
 * oid, unsigned 32 bits, is read as an INT64, as Confluent's connector reads it.
 */
final class IntegerFamily implements TypeFamily {
    private static final Set<Schema.Type> SCHEMA_TYPES =
        EnumSet.of(Schema.Type.INT8, Schema.Type.INT16, Schema.Type.INT32, Schema.Type.INT64);
    private static final ElementConversion FROM_INT8 =
        ElementConversion.each("INT8", Short[]::new, v -> (short) (byte) (Byte) v);
    private static final ElementConversion FROM_INT16 = ElementConversion.each("INT16", Short[]::new, v -> (Short) v);
    private static final ElementConversion FROM_INT32 =
        ElementConversion.each("INT32", Integer[]::new, v -> (Integer) v);
    private static final ElementConversion FROM_INT64 = ElementConversion.each("INT64", Long[]::new, v -> (Long) v);

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        switch (column.typeName()) {
            case "int2":
                return ColumnReader.of(column, SchemaBuilder.int16(), (rs, i) -> unlessNull(rs, rs.getShort(i)));
            case "int4":
                return ColumnReader.of(column, SchemaBuilder.int32(), (rs, i) -> unlessNull(rs, rs.getInt(i)));
            case "int8":
            case "oid":
                return ColumnReader.of(column, SchemaBuilder.int64(), (rs, i) -> unlessNull(rs, rs.getLong(i)));
            default:
                return Optional.empty();
        }
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return SCHEMA_TYPES.contains(schema.type());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        switch (schema.type()) {
            case INT8:
                statement.setShort(index, (Byte) value);
                break;
            case INT16:
                statement.setShort(index, (Short) value);
                break;
            case INT32:
                statement.setInt(index, (Integer) value);
                break;
            default:
                statement.setLong(index, (Long) value);
        }
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        switch (schema.type()) {
            case INT8:
                return Optional.of(ArrayElement.builtIn("int2", FROM_INT8));
            case INT16:
                return Optional.of(ArrayElement.builtIn("int2", FROM_INT16));
            case INT32:
                return Optional.of(ArrayElement.builtIn("int4", FROM_INT32));
            default:
                return Optional.of(ArrayElement.builtIn("int8", FROM_INT64));
        }
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        switch (schema.type()) {
            case INT8:
            case INT16:
                return Optional.of("SMALLINT");
            case INT32:
                return Optional.of("INT");
            case INT64:
                return Optional.of("BIGINT");
            default:
                return Optional.empty();
        }
    }

    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> value.toString());
    }
}
