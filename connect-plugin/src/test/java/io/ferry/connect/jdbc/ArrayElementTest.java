package io.ferry.connect.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TypeName;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class ArrayElementTest {
    private static String typeOf(Schema schema, String columnType) {
        return ArrayElement.of(schema, new ColumnDescription("c", columnType)).map(e -> e.type().toString())
            .orElse(null);
    }

    @Test
    void numbersAndBooleansTravelAsTheTypeTheirSingleValuesAreBoundAs() {
        assertThat(typeOf(Schema.INT8_SCHEMA, "int2")).isEqualTo("pg_catalog.int2");
        assertThat(typeOf(Schema.INT16_SCHEMA, "int4")).isEqualTo("pg_catalog.int2");
        assertThat(typeOf(Schema.INT32_SCHEMA, "int8")).isEqualTo("pg_catalog.int4");
        assertThat(typeOf(Schema.INT64_SCHEMA, "int4")).isEqualTo("pg_catalog.int8");
        assertThat(typeOf(Schema.FLOAT32_SCHEMA, "float8")).isEqualTo("pg_catalog.float4");
        assertThat(typeOf(Schema.OPTIONAL_FLOAT64_SCHEMA, "numeric")).isEqualTo("pg_catalog.float8");
        assertThat(typeOf(Schema.BOOLEAN_SCHEMA, "bool")).isEqualTo("pg_catalog.bool");
        assertThat(typeOf(Schema.BYTES_SCHEMA, "bytea")).isEqualTo("pg_catalog.bytea");
    }

    @Test
    void logicalTypesTravelAsTheirJavaTimeOrDecimalType() {
        assertThat(typeOf(Decimal.schema(2), "int4")).isEqualTo("pg_catalog.numeric");
        assertThat(typeOf(org.apache.kafka.connect.data.Date.SCHEMA, "date")).isEqualTo("pg_catalog.date");
        assertThat(typeOf(Time.SCHEMA, "time")).isEqualTo("pg_catalog.time");
        assertThat(typeOf(Timestamp.SCHEMA, "timestamp")).isEqualTo("pg_catalog.timestamp");
        assertThat(typeOf(Timestamp.SCHEMA, "date")).isEqualTo("pg_catalog.timestamp");
        assertThat(typeOf(Timestamp.SCHEMA, "timestamptz")).isEqualTo("pg_catalog.timestamptz");
    }

    @Test
    void aNameThatIsNotAConnectLogicalTypeIsBoundByItsSchemaType() {
        Schema micros = SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").build();
        assertThat(typeOf(micros, "int8")).isEqualTo("pg_catalog.int8");
    }

    @Test
    void stringsTravelAsTextIntoTextColumnsAndAsTheColumnsTypeIntoBuiltInOthers() {
        assertThat(typeOf(Schema.STRING_SCHEMA, "varchar")).isEqualTo("pg_catalog.text");
        assertThat(typeOf(Schema.STRING_SCHEMA, "citext")).isEqualTo("pg_catalog.text");
        assertThat(typeOf(Schema.STRING_SCHEMA, "uuid")).isEqualTo("pg_catalog.uuid");
        assertThat(typeOf(Schema.STRING_SCHEMA, "jsonb")).isEqualTo("pg_catalog.jsonb");
        assertThat(typeOf(Schema.STRING_SCHEMA, "int4")).isEqualTo("pg_catalog.int4");
    }

    @Test
    void stringsTravelAsTheEnumOfTheirColumnWithItsSchema() {
        ColumnDescription column = new ColumnDescription("c", "Mood", "My Types", true);
        assertThat(ArrayElement.of(Schema.STRING_SCHEMA, column).map(ArrayElement::type))
            .contains(new TypeName("My Types", "Mood"));
    }

    @Test
    void aTypeNamedLikeABuiltInOneInAnotherSchemaIsNotTakenForIt() {
        ColumnDescription column = new ColumnDescription("c", "uuid", "public", false);
        assertThat(ArrayElement.of(Schema.STRING_SCHEMA, column)).isEmpty();
        assertThat(ArrayElement.of(Schema.STRING_SCHEMA, new ColumnDescription("c", "uuid", "pg_catalog", false))
            .map(ArrayElement::type)).contains(TypeName.builtIn("uuid"));
    }

    @Test
    void valuesThatCannotTravelInAnArrayWithCertaintyHaveNoElement() {
        assertThat(typeOf(Schema.STRING_SCHEMA, "mood")).as("a type neither built in nor known as an enum").isNull();
        assertThat(typeOf(Schema.STRING_SCHEMA, "_int4")).as("an array literal").isNull();
        assertThat(typeOf(Schema.STRING_SCHEMA, "interval")).as("read differently with a modifier").isNull();
        assertThat(typeOf(SchemaBuilder.array(Schema.INT32_SCHEMA).build(), "_int4")).isNull();
        assertThat(typeOf(SchemaBuilder.struct().field("a", Schema.INT32_SCHEMA).build(), "jsonb")).isNull();
        assertThat(typeOf(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).build(), "jsonb")).isNull();
    }

    @Test
    void elementsAreEqualWhenTheyConvertTheSameWay() {
        ColumnDescription column = new ColumnDescription("c", "int2");
        assertThat(ArrayElement.of(Schema.INT32_SCHEMA, column)).isEqualTo(ArrayElement.of(Schema.OPTIONAL_INT32_SCHEMA,
            column));
        assertThat(ArrayElement.of(Schema.INT8_SCHEMA, column)).as("a Byte and a Short are read differently")
            .isNotEqualTo(ArrayElement.of(Schema.INT16_SCHEMA, column));
        assertThat(ArrayElement.of(Schema.INT32_SCHEMA, column))
            .isNotEqualTo(ArrayElement.of(org.apache.kafka.connect.data.Date.SCHEMA, column));
    }

    @Test
    void nullsAloneTravelAsTheColumnsOwnTypeWhenItIsBuiltIn() {
        assertThat(ArrayElement.ofNulls(new ColumnDescription("c", "uuid")).map(ArrayElement::type))
            .contains(TypeName.builtIn("uuid"));
        assertThat(ArrayElement.ofNulls(new ColumnDescription("c", "varchar")).map(ArrayElement::type))
            .contains(TypeName.builtIn("text"));
        assertThat(ArrayElement.ofNulls(new ColumnDescription("c", "mood"))).isEmpty();
    }
}
