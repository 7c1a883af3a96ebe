package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatFamilyTest {
    @ParameterizedTest
    @CsvSource({"float4, FLOAT32", "float8, FLOAT64"})
    void readsRealAndDoublePrecisionIntoFloat32AndFloat64(String pgType, Schema.Type connectType) {
        assertThat(readSchema(pgType).type()).isEqualTo(connectType);
        assertThat(readSchema(pgType).name()).isNull();
    }

    @Test
    void valuesTravelAsTheTypeTheirSingleValuesAreBoundAs() {
        assertThat(elementType(Schema.FLOAT32_SCHEMA, "float8")).isEqualTo("pg_catalog.float4");
        assertThat(elementType(Schema.OPTIONAL_FLOAT64_SCHEMA, "numeric")).isEqualTo("pg_catalog.float8");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Schema.FLOAT32_SCHEMA)).isEqualTo("REAL");
        assertThat(ddlName(Schema.FLOAT64_SCHEMA)).isEqualTo("DOUBLE PRECISION");
    }

    @Test
    void writesDefaultsAsNumbersAndWhatSqlHasNoNumberForAsStrings() {
        assertThat(ddlDefault(Schema.FLOAT32_SCHEMA, 1.5f)).isEqualTo("1.5");
        assertThat(ddlDefault(Schema.FLOAT64_SCHEMA, -2.25e-10)).isEqualTo("-2.25E-10");
        assertThat(ddlDefault(Schema.FLOAT64_SCHEMA, 1e300)).isEqualTo("1.0E300");
        assertThat(ddlDefault(Schema.FLOAT32_SCHEMA, Float.NaN)).isEqualTo("'NaN'");
        assertThat(ddlDefault(Schema.FLOAT64_SCHEMA, Double.POSITIVE_INFINITY)).isEqualTo("'Infinity'");
        assertThat(ddlDefault(Schema.FLOAT64_SCHEMA, Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity'");
    }
}
