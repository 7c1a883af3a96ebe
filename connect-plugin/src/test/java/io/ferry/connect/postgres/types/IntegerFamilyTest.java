package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.SQLException;
import java.util.Arrays;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegerFamilyTest {
    @ParameterizedTest
    @CsvSource({"int2, INT16", "int4, INT32", "int8, INT64", "oid, INT64"})
    void readsEachIntegerTypeIntoItsConnectType(String pgType, Schema.Type connectType) {
        assertThat(readSchema(pgType).type()).isEqualTo(connectType);
        assertThat(readSchema(pgType).name()).isNull();
    }

    @Test
    void valuesTravelAsTheTypeTheirSingleValuesAreBoundAs() {
        assertThat(elementType(Schema.INT8_SCHEMA, "int2")).isEqualTo("pg_catalog.int2");
        assertThat(elementType(Schema.INT16_SCHEMA, "int4")).isEqualTo("pg_catalog.int2");
        assertThat(elementType(Schema.INT32_SCHEMA, "int8")).isEqualTo("pg_catalog.int4");
        assertThat(elementType(Schema.INT64_SCHEMA, "int4")).isEqualTo("pg_catalog.int8");
    }

    @Test
    void elementsAreEqualWhenTheyConvertTheSameWay() {
        ColumnDescription column = new ColumnDescription("c", "int2");
        assertThat(TYPES.arrayElement(Schema.INT32_SCHEMA, column))
            .isEqualTo(TYPES.arrayElement(Schema.OPTIONAL_INT32_SCHEMA, column));
        assertThat(TYPES.arrayElement(Schema.INT8_SCHEMA, column)).as("a Byte and a Short are read differently")
            .isNotEqualTo(TYPES.arrayElement(Schema.INT16_SCHEMA, column));
    }

    @Test
    void aByteTravelsAsTheSmallintItIsBoundAs() throws SQLException {
        ArrayElement element = TYPES.arrayElement(Schema.INT8_SCHEMA, new ColumnDescription("c", "int2")).orElseThrow();
        assertThat(element.elements(null, Arrays.asList((byte) -128, null, (byte) 7)))
            .containsExactly((short) -128, null, (short) 7);
    }

    @Test
    void aValueNotOfItsSchemasJavaTypeIsBadData() {
        ArrayElement element =
            TYPES.arrayElement(Schema.INT32_SCHEMA, new ColumnDescription("c", "int4")).orElseThrow();
        assertThatThrownBy(() -> element.elements(null, Arrays.asList(1, 2L))).isInstanceOf(DataException.class)
            .hasMessageStartingWith("A value for a pg_catalog.int4 from INT32 array is not of its schema's type");
    }

    @Test
    void anInt64TravelsIntoAnOidColumnAsTheBigintItIsBoundAs() {
        assertThat(elementType(Schema.INT64_SCHEMA, "oid")).isEqualTo("pg_catalog.int8");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Schema.INT8_SCHEMA)).isEqualTo("SMALLINT");
        assertThat(ddlName(Schema.INT16_SCHEMA)).isEqualTo("SMALLINT");
        assertThat(ddlName(Schema.INT32_SCHEMA)).isEqualTo("INT");
        assertThat(ddlName(Schema.OPTIONAL_INT64_SCHEMA)).isEqualTo("BIGINT");
    }

    @Test
    void writesDefaultsAsNumbers() {
        assertThat(ddlDefault(Schema.INT8_SCHEMA, (byte) -8)).isEqualTo("-8");
        assertThat(ddlDefault(Schema.INT16_SCHEMA, (short) 300)).isEqualTo("300");
        assertThat(ddlDefault(Schema.INT32_SCHEMA, -2000000000)).isEqualTo("-2000000000");
        assertThat(ddlDefault(Schema.INT64_SCHEMA, 9000000000000000000L)).isEqualTo("9000000000000000000");
    }
}
