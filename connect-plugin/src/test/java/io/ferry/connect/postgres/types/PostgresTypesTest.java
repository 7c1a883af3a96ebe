package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

/** What the families make together: which one has a column or a value. */
class PostgresTypesTest {
    private static final Schema STRUCT = SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build();
    private static final Schema MAP = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).build();

    private static CatalogColumn column(String type, boolean notNull) {
        return new CatalogColumn("c", type, -1, 'b', notNull, false);
    }

    @Test
    void makesNotNullColumnsRequiredAndOthersOptional() {
        assertThat(TYPES.reader(column("int4", true)).orElseThrow().schema().isOptional()).isFalse();
        assertThat(TYPES.reader(column("int4", false)).orElseThrow().schema().isOptional()).isTrue();
        assertThat(TYPES.reader(column("timestamptz", false)).orElseThrow().schema().isOptional()).isTrue();
    }

    @Test
    void reportsTypesItCannotMap() {
        assertThat(TYPES.reader(column("_int4", false).arrayOf("int4", -1, 'b', 2))).isEmpty();
        assertThat(TYPES.reader(column("tsvector", false))).isEmpty();
        assertThat(TYPES.reader(column("point", false))).isEmpty();
    }

    @Test
    void connectLogicalTypesGoToTheirFamilyNotToThatOfTheValuesTheyAreMadeOf() {
        assertThat(elementType(Decimal.schema(2), "bytea")).isEqualTo("pg_catalog.numeric");
        assertThat(elementType(Date.SCHEMA, "int4")).isEqualTo("pg_catalog.date");
        assertThat(elementType(Time.SCHEMA, "int4")).isEqualTo("pg_catalog.time");
        assertThat(elementType(Timestamp.SCHEMA, "int8")).isEqualTo("pg_catalog.timestamp");
        assertThat(ddlName(Decimal.schema(2))).isEqualTo("DECIMAL");
        assertThat(ddlName(Date.SCHEMA)).isEqualTo("DATE");
        assertThat(ddlName(Time.SCHEMA)).isEqualTo("TIME");
        assertThat(ddlName(Timestamp.SCHEMA)).isEqualTo("TIMESTAMP");
    }

    @Test
    void aNameThatIsNotAConnectLogicalTypeGoesByItsSchemaType() {
        Schema micros = SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").build();
        assertThat(elementType(micros, "int8")).isEqualTo("pg_catalog.int8");
        assertThat(ddlName(micros)).isEqualTo("BIGINT");
    }

    @Test
    void elementsOfDifferentFamiliesDiffer() {
        ColumnDescription column = new ColumnDescription("c", "int2");
        assertThat(TYPES.arrayElement(Schema.INT32_SCHEMA, column)).isNotEqualTo(TYPES.arrayElement(Date.SCHEMA,
            column));
    }

    @Test
    void structsAndMapsHaveNoTypeAndCannotBeWritten() {
        assertThat(elementType(STRUCT, "jsonb")).isNull();
        assertThat(elementType(MAP, "jsonb")).isNull();
        assertThat(ddlName(STRUCT)).isNull();
        assertThat(ddlName(MAP)).isNull();
        assertThatThrownBy(() -> TYPES.bind(null, 1, MAP, Map.of(), new ColumnDescription("c", "jsonb")))
            .isInstanceOf(DataException.class).hasMessage("Cannot write a MAP value into column c jsonb: only "
                + "primitive, logical and array values are supported");
    }

    @Test
    void declaresNoDefaultForSchemasWithoutAType() {
        assertThat(TYPES.ddlDefault(STRUCT, new org.apache.kafka.connect.data.Struct(STRUCT))).isEmpty();
        assertThat(TYPES.ddlDefault(MAP, Map.of())).isEmpty();
    }
}
