package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.ColumnDescription;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BitStringFamilyTest {
    private static ColumnDescription bit(int length) {
        return new ColumnDescription("c", "bit", "pg_catalog", false, length);
    }

    @ParameterizedTest
    @CsvSource({"1, BOOLEAN", "2, INT8", "8, INT8", "9, BYTES", "64, BYTES"})
    void readsABitStringIntoConfluentsSchemaForItsLength(int length, Schema.Type type) {
        assertThat(readSchema(TYPES, "bit", length).type()).isEqualTo(type);
    }

    @Test
    void readsAVaryingBitStringAsTheTextOfItsBits() {
        assertThat(readSchema(TYPES, "varbit", -1)).isEqualTo(Schema.STRING_SCHEMA);
    }

    @Test
    void readsUpToEightBitsAsTheNumberTheyMakeTheFirstBitHighest() {
        assertThat(BitStringFamily.bool("1")).isTrue();
        assertThat(BitStringFamily.bool("0")).isFalse();
        assertThat(BitStringFamily.int8("101")).isEqualTo((byte) 5);
        assertThat(BitStringFamily.int8("011")).isEqualTo((byte) 3);
        assertThat(BitStringFamily.int8("01111111")).isEqualTo((byte) 127);
        assertThat(BitStringFamily.int8("10000000")).isEqualTo((byte) -128);
        assertThat(BitStringFamily.int8(null)).isNull();
    }

    @Test
    void readsLongerBitStringsAsTheAsciiTextOfTheirBits() {
        assertThat(BitStringFamily.ascii("101000000001")).isEqualTo("101000000001".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void writesBackTheBitsEachValueWasReadFrom() {
        assertThat(BitStringFamily.bits(Schema.BOOLEAN_SCHEMA, true, bit(1))).isEqualTo("1");
        assertThat(BitStringFamily.bits(Schema.BOOLEAN_SCHEMA, false, bit(1))).isEqualTo("0");
        assertThat(BitStringFamily.bits(Schema.INT8_SCHEMA, (byte) 5, bit(3))).isEqualTo("101");
        assertThat(BitStringFamily.bits(Schema.INT8_SCHEMA, (byte) -128, bit(8))).isEqualTo("10000000");
        assertThat(BitStringFamily.bits(Schema.INT8_SCHEMA, (byte) 3, new ColumnDescription("c", "varbit")))
            .isEqualTo("00000011");
        assertThat(BitStringFamily.bits(Schema.BYTES_SCHEMA, ByteBuffer.wrap("1010".getBytes(StandardCharsets.US_ASCII)),
            bit(4))).isEqualTo("1010");
    }

    @Test
    void takesBooleansNumbersAndBytesIntoBitColumnsOnly() {
        BitStringFamily family = new BitStringFamily();
        assertThat(family.binds(Schema.INT8_SCHEMA, bit(3))).isTrue();
        assertThat(family.binds(Schema.BYTES_SCHEMA, new ColumnDescription("c", "varbit"))).isTrue();
        assertThat(family.binds(Schema.INT8_SCHEMA, new ColumnDescription("c", "int2"))).isFalse();
        assertThat(family.binds(Schema.STRING_SCHEMA, bit(3))).as("strings: the server converts them").isFalse();
    }

    @Test
    void bitStringsGoOneRowAtATime() {
        assertThat(elementType(Schema.BOOLEAN_SCHEMA, "bit")).isNull();
        assertThat(elementType(Schema.BOOLEAN_SCHEMA, "bool")).isEqualTo("pg_catalog.bool");
    }
}
