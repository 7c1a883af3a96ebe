package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.ColumnReader.unlessNull;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/** real and double precision; Connect's FLOAT32 and FLOAT64. */
final class FloatFamily implements TypeFamily {
    private static final ElementConversion FROM_FLOAT32 =
        ElementConversion.each("FLOAT32", Float[]::new, v -> (Float) v);
    private static final ElementConversion FROM_FLOAT64 =
        ElementConversion.each("FLOAT64", Double[]::new, v -> (Double) v);

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        switch (column.typeName()) {
            case "float4":
                return ColumnReader.of(column, SchemaBuilder.float32(), (rs, i) -> unlessNull(rs, rs.getFloat(i)));
            case "float8":
                return ColumnReader.of(column, SchemaBuilder.float64(), (rs, i) -> unlessNull(rs, rs.getDouble(i)));
            default:
                return Optional.empty();
        }
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.FLOAT32 || schema.type() == Schema.Type.FLOAT64;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        if (schema.type() == Schema.Type.FLOAT32) {
            statement.setFloat(index, (Float) value);
        } else {
            statement.setDouble(index, (Double) value);
        }
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(schema.type() == Schema.Type.FLOAT32 ? ArrayElement.builtIn("float4", FROM_FLOAT32)
            : ArrayElement.builtIn("float8", FROM_FLOAT64));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        switch (schema.type()) {
            case FLOAT32:
                return Optional.of("REAL");
            case FLOAT64:
                return Optional.of("DOUBLE PRECISION");
            default:
                return Optional.empty();
        }
    }

    /** A number as Java writes it (1.5, 1.0E10); NaN and the infinities, which SQL has no number for, as strings. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> {
            double number = ((Number) value).doubleValue();
            return Double.isNaN(number) || Double.isInfinite(number) ? Literals.string(value.toString())
                : value.toString();
        });
    }
}
