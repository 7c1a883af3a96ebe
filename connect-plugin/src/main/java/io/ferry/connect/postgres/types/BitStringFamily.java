package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * bit(n) and varbit. A bit(n) has Confluent's schema for its length: bit(1) a BOOLEAN, bit(2) to
 * bit(8) an INT8 holding the bits (B'101' is 5, B'10000000' is -128), longer ones BYTES holding the
 * text of the bits, one ASCII '0' or '1' per bit, as Confluent's values are. A varbit, which
 * Confluent leaves out, is a STRING of the bits. Written back into bit and varbit columns as the
 * bits' text, which the server converts; one row at a time.
 */
final class BitStringFamily implements TypeFamily {
    private static final int BITS_IN_INT8 = 8;

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (column.typeName().equals("varbit")) {
            return ColumnReader.of(column, SchemaBuilder.string(), ResultSet::getString);
        }
        if (!column.typeName().equals("bit")) {
            return Optional.empty();
        }
        int length = column.typeModifier();
        if (length <= 1) {
            return ColumnReader.of(column, SchemaBuilder.bool(), (rs, i) -> bool(rs.getString(i)));
        }
        if (length <= BITS_IN_INT8) {
            return ColumnReader.of(column, SchemaBuilder.int8(), (rs, i) -> int8(rs.getString(i)));
        }
        return ColumnReader.of(column, SchemaBuilder.bytes(), (rs, i) -> ascii(rs.getString(i)));
    }

    static Boolean bool(String bits) {
        return bits == null ? null : bits.equals("1");
    }

    /** The bits as a number, the first bit the highest; eight bits fill a byte, sign included. */
    static Byte int8(String bits) {
        return bits == null ? null : (byte) Integer.parseInt(bits, 2);
    }

    static byte[] ascii(String bits) {
        return bits == null ? null : bits.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        boolean bitColumn = column.typeName().equals("bit") || column.typeName().equals("varbit");
        return bitColumn && (schema.type() == Schema.Type.BOOLEAN || schema.type() == Schema.Type.INT8
            || schema.type() == Schema.Type.BYTES);
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, bits(schema, value, column), Types.OTHER);
    }

    /** The text of the bits a value stands for, as the reader made the value from it. */
    static String bits(Schema schema, Object value, ColumnDescription column) {
        switch (schema.type()) {
            case BOOLEAN:
                return (Boolean) value ? "1" : "0";
            case INT8:
                String eight = Integer.toBinaryString(((Byte) value & 0xff) | 0x100).substring(1);
                int length = column.typeName().equals("bit") && column.typeModifier() > 0
                    ? Math.min(column.typeModifier(), BITS_IN_INT8) : BITS_IN_INT8;
                return eight.substring(BITS_IN_INT8 - length);
            default:
                return new String(ByteaFamily.bytes(value), StandardCharsets.US_ASCII);
        }
    }

    /** None: the server converts the text to the column's length, which an array of bit strings cannot carry. */
    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.empty();
    }

    /** None: Connect's schemas for bits are those of booleans, bytes and numbers, declared by their families. */
    @Override
    public Optional<String> ddlName(Schema schema) {
        return Optional.empty();
    }

    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return Optional.empty(); // declares no column: auto.create picks the family of the value's schema
    }
}
