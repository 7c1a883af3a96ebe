package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static io.ferry.connect.postgres.types.TypeLookups.sourceColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.TypeName;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class MoneyFamilyTest {
    private static final ColumnDescription MONEY = new ColumnDescription("c", "money");

    @Test
    void readsMoneyAsConfluentsFloat64SelectedAsAnExactNumeric() {
        assertThat(readSchema("money")).isEqualTo(Schema.FLOAT64_SCHEMA);
        assertThat(TYPES.reader(sourceColumn("money", -1)).orElseThrow().selectedAs())
            .contains(TypeName.builtIn("numeric"));
        assertThat(TYPES.reader(sourceColumn("float8", -1)).orElseThrow().selectedAs()).isEmpty();
    }

    @Test
    void keepsEveryCentUpToFifteenSignificantDigits() {
        assertThat(MoneyFamily.doubleValue(new BigDecimal("-9999999999999.99"))).isEqualTo(-9999999999999.99);
        assertThat(BigDecimal.valueOf(MoneyFamily.doubleValue(new BigDecimal("-9999999999999.99"))))
            .isEqualTo(new BigDecimal("-9999999999999.99"));
        assertThat(MoneyFamily.doubleValue(new BigDecimal("-92233720368547758.08"))).isEqualTo(-9.2233720368547758E16);
        assertThat(MoneyFamily.doubleValue(null)).isNull();
    }

    @Test
    void writesAFloatAsTheDecimalItsShortestTextShows() {
        assertThat(MoneyFamily.decimal(0.1f)).isEqualTo(new BigDecimal("0.1"));
        assertThat(MoneyFamily.decimal(-1234.56)).isEqualTo(new BigDecimal("-1234.56"));
        assertThat(MoneyFamily.decimal(1e10)).isEqualByComparingTo(new BigDecimal("10000000000"));
    }

    @Test
    void refusesNotANumberAndInfinityAsBadData() {
        assertThatThrownBy(() -> MoneyFamily.decimal(Double.NaN)).isInstanceOf(DataException.class)
            .hasMessage("A money column cannot hold NaN");
        assertThatThrownBy(() -> MoneyFamily.decimal(Float.NEGATIVE_INFINITY)).isInstanceOf(DataException.class);
    }

    @Test
    void floatsTravelIntoMoneyAsTheNumericsTheyAreBoundAs() throws SQLException {
        assertThat(elementType(Schema.FLOAT64_SCHEMA, "money")).isEqualTo("pg_catalog.numeric");
        ArrayElement element = TYPES.arrayElement(Schema.FLOAT32_SCHEMA, MONEY).orElseThrow();
        assertThat(element.elements(null, Arrays.asList(0.1f, null))).containsExactly("0.1", null);
        assertThat(elementType(Schema.FLOAT64_SCHEMA, "float8")).as("into other columns they stay floats")
            .isEqualTo("pg_catalog.float8");
    }
}
