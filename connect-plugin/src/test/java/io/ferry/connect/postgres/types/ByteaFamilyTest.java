package io.ferry.connect.postgres.types;

import static io.ferry.connect.postgres.types.TypeLookups.TYPES;
import static io.ferry.connect.postgres.types.TypeLookups.ddlDefault;
import static io.ferry.connect.postgres.types.TypeLookups.ddlName;
import static io.ferry.connect.postgres.types.TypeLookups.elementType;
import static io.ferry.connect.postgres.types.TypeLookups.readSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.ColumnDescription;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.Arrays;
import org.apache.kafka.connect.data.Schema;
import org.junit.jupiter.api.Test;

class ByteaFamilyTest {
    @Test
    void readsByteaIntoBytes() {
        assertThat(readSchema("bytea").type()).isEqualTo(Schema.Type.BYTES);
        assertThat(readSchema("bytea").name()).isNull();
    }

    @Test
    void bindsTheRemainingBytesOfABufferAndLeavesItAsItWas() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3});
        buffer.get();

        assertThat(ByteaFamily.bytes(buffer)).containsExactly(2, 3);
        assertThat(buffer.position()).isEqualTo(1);
        assertThat(ByteaFamily.bytes(new byte[] {4})).containsExactly(4);
    }

    @Test
    void valuesTravelAsBytesWhetherArraysOrBuffers() throws SQLException {
        assertThat(elementType(Schema.BYTES_SCHEMA, "bytea")).isEqualTo("pg_catalog.bytea");
        ArrayElement element =
            TYPES.arrayElement(Schema.BYTES_SCHEMA, new ColumnDescription("c", "bytea")).orElseThrow();
        assertThat(element.elements(null, Arrays.asList(ByteBuffer.wrap(new byte[] {7}), null, new byte[0])))
            .containsExactly(new byte[] {7}, null, new byte[0]);
    }

    @Test
    void declaresColumnsAsConfluentsPostgresDialectDoes() {
        assertThat(ddlName(Schema.BYTES_SCHEMA)).isEqualTo("BYTEA");
    }

    @Test
    void writesDefaultsInTheHexFormat() {
        assertThat(ddlDefault(Schema.BYTES_SCHEMA, new byte[] {1, 2, (byte) 0xff})).isEqualTo("E'\\\\x0102ff'");
        assertThat(ddlDefault(Schema.BYTES_SCHEMA, ByteBuffer.wrap(new byte[] {0x7f}))).isEqualTo("E'\\\\x7f'");
        assertThat(ddlDefault(Schema.BYTES_SCHEMA, new byte[0])).isEqualTo("E'\\\\x'");
    }
}
