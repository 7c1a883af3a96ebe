package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.TypeName;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFamilyTest {
    @ParameterizedTest
    @ValueSource(strings = {"text", "varchar", "bpchar", "name", "citext", "char"})
    void readsTextTypesIntoStrings(String pgType) {
        assertThat(readSchema(pgType).type()).isEqualTo(Schema.Type.STRING);
        assertThat(readSchema(pgType).name()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "varchar", "bpchar", "char", "name", "citext", "VARCHAR"})
    void bindsStringsAsTextIntoTextColumns(String columnType) {
        assertThat(TextFamily.takesText(new ColumnDescription("c", columnType))).isTrue();
        assertThat(elementType(Schema.STRING_SCHEMA, columnType)).isEqualTo("pg_catalog.text");
    }

    @Test
    void leavesStringsIntoOtherColumnsToTheServersConversion() {
        assertThat(TextFamily.takesText(new ColumnDescription("c", "uuid"))).isFalse();
        assertThat(new TextFamily().binds(Schema.STRING_SCHEMA, new ColumnDescription("c", "jsonb"))).isFalse();
    }

    @Test
    void nullsAloneTravelAsText() {
        assertThat(TYPES.arrayElementOfNulls(new ColumnDescription("c", "varchar")).map(ArrayElement::type))
            .contains(TypeName.builtIn("text"));
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Schema.STRING_SCHEMA)).isEqualTo("TEXT");
    }

    @Test
    void writesDefaultsAsQuotedStrings() {
        assertThat(ddlDefault(Schema.STRING_SCHEMA, "n/a")).isEqualTo("'n/a'");
        assertThat(ddlDefault(Schema.STRING_SCHEMA, "it's \\ 'quoted'")).isEqualTo("E'it''s \\\\ ''quoted'''");
    }
}
