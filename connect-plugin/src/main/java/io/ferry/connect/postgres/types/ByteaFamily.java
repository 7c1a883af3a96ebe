package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/** bytea; Connect's BYTES, as a byte[] or a ByteBuffer. */
final class ByteaFamily implements TypeFamily {
    private static final ElementConversion FROM_BYTES =
        ElementConversion.each("BYTES", byte[][]::new, ByteaFamily::bytes);

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("bytea")) {
            return Optional.empty();
        }
        return ColumnReader.of(column, SchemaBuilder.bytes(), ResultSet::getBytes);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return schema.type() == Schema.Type.BYTES;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setBytes(index, bytes(value));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("bytea", FROM_BYTES));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return schema.type() == Schema.Type.BYTES ? Optional.of("BYTEA") : Optional.empty();
    }

    /** The value's bytes; a ByteBuffer's remaining ones, leaving the buffer as it was. */
    static byte[] bytes(Object value) {
        if (value instanceof ByteBuffer) {
            ByteBuffer buffer = ((ByteBuffer) value).duplicate();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        return (byte[]) value;
    }

    /** The bytes in bytea's hex input format, {@code E'\\x0102ff'}. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> {
            StringBuilder hex = new StringBuilder("\\x");
            for (byte b : bytes(value)) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return Literals.string(hex.toString());
        });
    }
}
