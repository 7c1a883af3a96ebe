package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

class BooleanFamilyTest {
    @Test
    void readsBooleanIntoBoolean() {
        assertThat(readSchema("bool").type()).isEqualTo(Schema.Type.BOOLEAN);
        assertThat(readSchema("bool").name()).isNull();
    }

    @Test
    void valuesTravelAsBooleans() {
        assertThat(elementType(Schema.BOOLEAN_SCHEMA, "bool")).isEqualTo("pg_catalog.bool");
        assertThat(elementType(Schema.OPTIONAL_BOOLEAN_SCHEMA, "text")).isEqualTo("pg_catalog.bool");
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Schema.BOOLEAN_SCHEMA)).isEqualTo("BOOLEAN");
    }

    @Test
    void writesDefaultsAsTheBooleanConstants() {
        assertThat(ddlDefault(Schema.BOOLEAN_SCHEMA, true)).isEqualTo("TRUE");
        assertThat(ddlDefault(Schema.OPTIONAL_BOOLEAN_SCHEMA, false)).isEqualTo("FALSE");
    }
}
