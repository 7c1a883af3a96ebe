package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.TableId;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class RecordKeyTest {
    private static final TableId ORDERS = new TableId("sales", "order_lines");
    private static final Schema VALUE = SchemaBuilder.struct().name("order_lines")
        .field("order_id", Schema.INT64_SCHEMA)
        .field("note", Schema.OPTIONAL_STRING_SCHEMA)
        .field("line_no", Decimal.builder(0).build())
        .build();

    @Test
    void keysByAStructNamedAfterTheTableWithTheKeyColumnsInKeyOrderTypedAsInTheValue() {
        RecordKey key = RecordKey.of(ORDERS, VALUE, List.of("line_no", "order_id"));

        assertThat(key.schema().name()).isEqualTo("order_lines.Key");
        assertThat(key.schema().fields()).extracting(Field::name).containsExactly("line_no", "order_id");
        assertThat(key.schema().field("line_no").schema()).isEqualTo(VALUE.field("line_no").schema());
        assertThat(key.schema().isOptional()).isFalse();
    }

    @Test
    void takesTheKeyFromTheRowsValue() {
        RecordKey key = RecordKey.of(ORDERS, VALUE, List.of("line_no", "order_id"));
        Struct value = new Struct(VALUE).put("order_id", 42L).put("note", "x").put("line_no", java.math.BigDecimal.ONE);

        assertThat(key.of(value)).isEqualTo(new Struct(key.schema()).put("line_no", java.math.BigDecimal.ONE)
            .put("order_id", 42L));
    }

    @Test
    void givesNoKeyByDefaultAsConfluentsRecordsHaveNone() {
        assertThat(RecordKey.NONE.schema()).isNull();
        assertThat(RecordKey.NONE.of(new Struct(VALUE))).isNull();
    }

    @Test
    void refusesAKeyColumnTheValueDoesNotHave() {
        assertThatThrownBy(() -> RecordKey.of(ORDERS, VALUE, List.of("order_id", "geometry")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Table sales.order_lines has no mapped column geometry to key its records with");
    }
}
