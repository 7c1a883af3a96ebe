package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.ColumnReader.unlessNull;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/** boolean; Connect's BOOLEAN. */
final class BooleanFamily implements TypeFamily {
    private static final ElementConversion FROM_BOOLEAN =
        ElementConversion.each("BOOLEAN", Boolean[]::new, v -> (Boolean) v);

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("bool")) {
            return Optional.empty();
        }
        return ColumnReader.of(column, SchemaBuilder.bool(), (rs, i) -> unlessNull(rs, rs.getBoolean(i)));
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.BOOLEAN;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setBoolean(index, (Boolean) value);
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("bool", FROM_BOOLEAN));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return schema.type() == Schema.Type.BOOLEAN ? Optional.of("BOOLEAN") : Optional.empty();
    }

    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> (Boolean) value ? "TRUE" : "FALSE");
    }
}
