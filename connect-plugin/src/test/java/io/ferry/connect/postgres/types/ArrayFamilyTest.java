package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.arrayColumn;
import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.util.Arrays;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class ArrayFamilyTest {
    private static final Schema INTS = SchemaBuilder.array(Schema.INT32_SCHEMA).build();

    @Test
    void readsAnArrayIntoAConnectArrayOfOptionalElementsOfTheElementsSchema() {
        assertThat(TYPES.reader(arrayColumn("int4", -1)).orElseThrow().schema())
            .isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_INT32_SCHEMA).optional().build());
        assertThat(TYPES.reader(arrayColumn("numeric", TypeLookups.numeric(10, 2))).orElseThrow().schema().valueSchema())
            .isEqualTo(Decimal.builder(2).parameter(NumericFamily.DECIMAL_PRECISION, "10").optional().build());
        assertThat(TYPES.reader(arrayColumn("timestamptz", -1)).orElseThrow().schema().valueSchema().name())
            .isEqualTo(Timestamp.LOGICAL_NAME);
    }

    @Test
    void makesTheArrayOfANotNullColumnRequired() {
        CatalogColumn notNull = new CatalogColumn("c", "_text", -1, 'b', true, false).arrayOf("text", -1, 'b', 1);
        assertThat(TYPES.reader(notNull).orElseThrow().schema().isOptional()).isFalse();
    }

    @Test
    void readsAnArrayColumnDeclaredWithoutDimensionsAsOneDimensional() {
        CatalogColumn undeclared = new CatalogColumn("c", "_int8", -1, 'b', false, false).arrayOf("int8", -1, 'b', 0);
        assertThat(TYPES.reader(undeclared)).isPresent();
    }

    @Test
    void leavesOutArraysDeclaredWithMoreDimensionsOrOfElementsItCannotRead() {
        CatalogColumn matrix = new CatalogColumn("c", "_int4", -1, 'b', false, false).arrayOf("int4", -1, 'b', 2);
        assertThat(TYPES.reader(matrix)).isEmpty();
        assertThat(TYPES.reader(arrayColumn("point", -1))).isEmpty();
        assertThat(TYPES.reader(arrayColumn("money", -1))).as("elements that need a cast").isEmpty();
        assertThat(TYPES.reader(TypeLookups.sourceColumn("_int4", -1))).as("no element type known").isEmpty();
    }

    @Test
    void refusesAnArrayIntoAColumnThatIsNotAnArray() {
        assertThatThrownBy(() -> TYPES.bind(null, 1, INTS, Arrays.asList(1, 2), new ColumnDescription("c", "int4")))
            .isInstanceOf(DataException.class).hasMessage("Cannot write an array into column c int4, which is not an "
                + "array");
    }

    @Test
    void arraysGoOneRowAtATime() {
        assertThat(elementType(INTS, "_int4")).isNull();
    }

    @Test
    void declaresTheElementsTypeAsAnArray() {
        assertThat(ddlName(INTS)).isEqualTo("INT[]");
        assertThat(ddlName(SchemaBuilder.array(Date.SCHEMA).optional().build())).isEqualTo("DATE[]");
        assertThat(ddlName(SchemaBuilder.array(SchemaBuilder.array(Schema.STRING_SCHEMA).build()).build()))
            .isEqualTo("TEXT[][]");
    }

    @Test
    void declaresNothingForAnArrayOfElementsWithoutAType() {
        assertThat(ddlName(SchemaBuilder.array(SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).build())
            .build())).isNull();
    }

    @Test
    void writesDefaultsAsArraysOfTheirElementsConstantsCastToTheColumnsType() {
        assertThat(ddlDefault(INTS, Arrays.asList(1, null, 3))).isEqualTo("ARRAY[1,NULL,3]::INT[]");
        assertThat(ddlDefault(SchemaBuilder.array(Schema.STRING_SCHEMA).build(), Arrays.asList("a'b", "c")))
            .isEqualTo("ARRAY['a''b','c']::TEXT[]");
        assertThat(ddlDefault(SchemaBuilder.array(Date.SCHEMA).build(), Arrays.asList(new java.util.Date(0L))))
            .isEqualTo("ARRAY['1970-01-01']::DATE[]");
        assertThat(ddlDefault(INTS, Arrays.asList())).isEqualTo("ARRAY[]::INT[]");
    }
}
