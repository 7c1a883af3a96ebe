package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.numeric;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.jdbc.ColumnDescription;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

class NumericFamilyTest {
    private final PostgresTypes bestFit = new PostgresTypes(ZoneOffset.UTC, NumericMapping.BEST_FIT);

    @Test
    void readsNumericIntoADecimalOfTheColumnsScaleAndPrecision() {
        Schema schema = readSchema(TYPES, "numeric", numeric(10, 2));

        assertThat(schema.name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(schema.parameters()).containsEntry(Decimal.SCALE_FIELD, "2")
            .containsEntry("connect.decimal.precision", "10");
    }

    @Test
    void readsANumericWithoutDeclaredScaleAsExactText() {
        assertThat(readSchema(TYPES, "numeric", -1).type()).isEqualTo(Schema.Type.STRING);
        assertThat(readSchema(bestFit, "numeric", -1).type()).isEqualTo(Schema.Type.STRING);
        assertThat(NumericFamily.plainText(new BigDecimal("1.5E+3"))).isEqualTo("1500");
    }

    @Test
    void bestFitPicksTheSmallestIntegerOrADoubleOrKeepsADecimal() {
        assertThat(readSchema(bestFit, "numeric", numeric(2, 0)).type()).isEqualTo(Schema.Type.INT8);
        assertThat(readSchema(bestFit, "numeric", numeric(4, 0)).type()).isEqualTo(Schema.Type.INT16);
        assertThat(readSchema(bestFit, "numeric", numeric(9, 0)).type()).isEqualTo(Schema.Type.INT32);
        assertThat(readSchema(bestFit, "numeric", numeric(18, 0)).type()).isEqualTo(Schema.Type.INT64);
        assertThat(readSchema(bestFit, "numeric", numeric(10, 2)).type()).isEqualTo(Schema.Type.FLOAT64);
        assertThat(readSchema(bestFit, "numeric", numeric(19, 0)).name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(readSchema(bestFit, "numeric", numeric(5, -2)).name()).isEqualTo(Decimal.LOGICAL_NAME);
    }

    @Test
    void decodesNegativeScalesOfPostgres15() {
        Schema schema = readSchema(TYPES, "numeric", numeric(5, -2));

        assertThat(schema.parameters()).containsEntry(Decimal.SCALE_FIELD, "-2");
    }

    @Test
    void readsValuesExactlyOrFails() {
        assertThat(NumericFamily.decimal(new BigDecimal("1.5"), 2)).isEqualTo(new BigDecimal("1.50"));
        assertThat(NumericFamily.decimal(null, 2)).isNull();
        assertThat(NumericFamily.exact(new BigDecimal("12"), BigDecimal::byteValueExact)).isEqualTo((byte) 12);
        assertThatThrownBy(() -> NumericFamily.exact(new BigDecimal("128"), BigDecimal::byteValueExact))
            .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void decimalsTravelAsNumericTextWhateverTheColumn() throws SQLException {
        assertThat(elementType(Decimal.schema(2), "int4")).isEqualTo("pg_catalog.numeric");
        ArrayElement element = TYPES.arrayElement(Decimal.schema(2), new ColumnDescription("c", "numeric"))
            .orElseThrow();
        assertThat(element.elements(null, Arrays.asList(new BigDecimal("-12E+2"), null, new BigDecimal("7.50"))))
            .containsExactly("-1.2E+3", null, "7.50");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Decimal.schema(2))).isEqualTo("DECIMAL");
        assertThat(ddlName(Decimal.builder(0).optional().build())).isEqualTo("DECIMAL");
    }

    @Test
    void writesDefaultsAsExactNumbersWithoutAnExponent() {
        assertThat(ddlDefault(Decimal.schema(3), new BigDecimal("-12345.678"))).isEqualTo("-12345.678");
        assertThat(ddlDefault(Decimal.schema(-3), new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ddlDefault(Decimal.schema(9), new BigDecimal("1E-9"))).isEqualTo("0.000000001");
    }
}
