package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.TypeName;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConvertedStringFamilyTest {
    @ParameterizedTest
    @ValueSource(strings = {"uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr", "macaddr8", "interval"})
    void readsTypesWhoseTextIsExactIntoStrings(String pgType) {
        assertThat(readSchema(pgType).type()).isEqualTo(Schema.Type.STRING);
        assertThat(readSchema(pgType).name()).isNull();
    }

    @Test
    void readsEnumsIntoStrings() {
        assertThat(TYPES.reader(new CatalogColumn("mood", "mood", -1, 'e', false, false)).orElseThrow().schema())
            .isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
    }

    @Test
    void readsAnEnumNamedLikeABuiltInTypeAsAnEnum() {
        assertThat(TYPES.reader(new CatalogColumn("c", "int4", -1, 'e', true, false)).orElseThrow().schema())
            .isEqualTo(Schema.STRING_SCHEMA);
    }

    @Test
    void stringsTravelAsTheColumnsTypeIntoBuiltInTypesThatTakeThem() {
        assertThat(elementType(Schema.STRING_SCHEMA, "uuid")).isEqualTo("pg_catalog.uuid");
        assertThat(elementType(Schema.STRING_SCHEMA, "jsonb")).isEqualTo("pg_catalog.jsonb");
        assertThat(elementType(Schema.STRING_SCHEMA, "int4")).isEqualTo("pg_catalog.int4");
        assertThat(elementType(Schema.OPTIONAL_STRING_SCHEMA, "timestamptz")).isEqualTo("pg_catalog.timestamptz");
    }

    @Test
    void stringsTravelAsTheEnumOfTheirColumnWithItsSchema() {
        ColumnDescription column = new ColumnDescription("c", "Mood", "My Types", true, -1);
        assertThat(TYPES.arrayElement(Schema.STRING_SCHEMA, column).map(ArrayElement::type))
            .contains(new TypeName("My Types", "Mood"));
    }

    @Test
    void aTypeNamedLikeABuiltInOneInAnotherSchemaIsNotTakenForIt() {
        ColumnDescription column = new ColumnDescription("c", "uuid", "public", false, -1);
        assertThat(TYPES.arrayElement(Schema.STRING_SCHEMA, column)).isEmpty();
        assertThat(TYPES.arrayElement(Schema.STRING_SCHEMA, new ColumnDescription("c", "uuid", "pg_catalog", false, -1))
            .map(ArrayElement::type)).contains(TypeName.builtIn("uuid"));
    }

    @Test
    void stringsThatCannotTravelInAnArrayWithCertaintyHaveNoElement() {
        assertThat(elementType(Schema.STRING_SCHEMA, "mood")).as("a type neither built in nor known as an enum")
            .isNull();
        assertThat(elementType(Schema.STRING_SCHEMA, "_int4")).as("an array literal").isNull();
        assertThat(elementType(Schema.STRING_SCHEMA, "interval")).as("read differently with a modifier").isNull();
        assertThat(elementType(Schema.STRING_SCHEMA, "varbit")).as("read differently with a modifier").isNull();
    }

    @Test
    void nullsAloneTravelAsTheColumnsOwnTypeWhenItIsBuiltIn() {
        assertThat(TYPES.arrayElementOfNulls(new ColumnDescription("c", "uuid")).map(ArrayElement::type))
            .contains(TypeName.builtIn("uuid"));
        assertThat(TYPES.arrayElementOfNulls(new ColumnDescription("c", "mood"))).isEmpty();
    }

    @Test
    void declaresNoColumnType() {
        assertThat(new ConvertedStringFamily().ddlName(Schema.STRING_SCHEMA)).isEmpty();
    }
}
