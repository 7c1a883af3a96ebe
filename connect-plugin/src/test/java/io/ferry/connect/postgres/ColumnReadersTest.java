package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.config.NumericMapping;
import io.ferry.connect.jdbc.CatalogColumn;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ColumnReadersTest {
    private final ColumnReaders none = new ColumnReaders(NumericMapping.NONE, ZoneOffset.UTC);
    private final ColumnReaders bestFit = new ColumnReaders(NumericMapping.BEST_FIT, ZoneOffset.UTC);

    private static CatalogColumn column(String type, int typeModifier, boolean notNull) {
        return new CatalogColumn("c", type, typeModifier, 'b', notNull, false);
    }

    private static int numeric(int precision, int scale) {
        return ((precision << 16) | (scale & 0x7ff)) + 4;
    }

    private Schema schemaOf(ColumnReaders mapping, String type, int typeModifier) {
        return mapping.forColumn(column(type, typeModifier, true)).orElseThrow().schema();
    }

    @ParameterizedTest
    @CsvSource({
        "int2, INT16", "int4, INT32", "int8, INT64", "float4, FLOAT32", "float8, FLOAT64", "bool, BOOLEAN",
        "text, STRING", "varchar, STRING", "bpchar, STRING", "uuid, STRING", "json, STRING", "jsonb, STRING",
        "bytea, BYTES"})
    void mapsPlainTypesToTheirConnectType(String pgType, Schema.Type connectType) {
        Schema schema = schemaOf(none, pgType, -1);

        assertThat(schema.type()).isEqualTo(connectType);
        assertThat(schema.name()).isNull();
    }

    @Test
    void mapsTemporalTypesToConnectLogicalTypes() {
        assertThat(schemaOf(none, "timestamp", -1).name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(schemaOf(none, "timestamptz", -1).name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(schemaOf(none, "date", -1).name()).isEqualTo(Date.LOGICAL_NAME);
        assertThat(schemaOf(none, "time", -1).name()).isEqualTo(Time.LOGICAL_NAME);
    }

    @Test
    void mapsNumericToADecimalOfTheColumnsScaleAndPrecision() {
        Schema schema = schemaOf(none, "numeric", numeric(10, 2));

        assertThat(schema.name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(schema.parameters()).containsEntry(Decimal.SCALE_FIELD, "2")
            .containsEntry("connect.decimal.precision", "10");
    }

    @Test
    void sendsANumericWithoutDeclaredScaleAsExactText() {
        assertThat(schemaOf(none, "numeric", -1).type()).isEqualTo(Schema.Type.STRING);
        assertThat(schemaOf(bestFit, "numeric", -1).type()).isEqualTo(Schema.Type.STRING);
    }

    @Test
    void bestFitPicksTheSmallestIntegerOrADoubleOrKeepsADecimal() {
        assertThat(schemaOf(bestFit, "numeric", numeric(2, 0)).type()).isEqualTo(Schema.Type.INT8);
        assertThat(schemaOf(bestFit, "numeric", numeric(4, 0)).type()).isEqualTo(Schema.Type.INT16);
        assertThat(schemaOf(bestFit, "numeric", numeric(9, 0)).type()).isEqualTo(Schema.Type.INT32);
        assertThat(schemaOf(bestFit, "numeric", numeric(18, 0)).type()).isEqualTo(Schema.Type.INT64);
        assertThat(schemaOf(bestFit, "numeric", numeric(10, 2)).type()).isEqualTo(Schema.Type.FLOAT64);
        assertThat(schemaOf(bestFit, "numeric", numeric(19, 0)).name()).isEqualTo(Decimal.LOGICAL_NAME);
    }

    @Test
    void decodesNegativeScalesOfPostgres15() {
        Schema schema = schemaOf(none, "numeric", numeric(5, -2));

        assertThat(schema.parameters()).containsEntry(Decimal.SCALE_FIELD, "-2");
    }

    @Test
    void makesNotNullColumnsRequiredAndOthersOptional() {
        assertThat(none.forColumn(column("int4", -1, true)).orElseThrow().schema().isOptional()).isFalse();
        assertThat(none.forColumn(column("int4", -1, false)).orElseThrow().schema().isOptional()).isTrue();
    }

    @Test
    void mapsEnumTypesToStrings() {
        Optional<?> reader = none.forColumn(new CatalogColumn("mood", "mood", -1, 'e', false, false));

        assertThat(reader).isPresent();
    }

    @Test
    void reportsTypesItCannotMap() {
        assertThat(none.forColumn(column("_int4", -1, false))).isEmpty();
        assertThat(none.forColumn(column("tsvector", -1, false))).isEmpty();
        assertThat(none.forColumn(column("point", -1, false))).isEmpty();
    }
}
