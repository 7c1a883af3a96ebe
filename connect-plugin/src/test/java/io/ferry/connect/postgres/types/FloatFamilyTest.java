package io.ferry.connect.postgres.types;

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
}
