package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.postgres.types.WallClock;
import io.ferry.connect.sql.ColumnDefinition;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** The columns auto.create and auto.evolve declare, as Confluent's sink (FieldsMetadata) orders and declares them. */
class DeclaredColumnsTest {
    private static final DeclaredColumns DECLARED = new DeclaredColumns(PostgresTypes.forWriting(WallClock.gregorian(ZoneOffset.UTC)));
    private static final Schema VALUE = SchemaBuilder.struct().name("order")
        .field("name", Schema.OPTIONAL_STRING_SCHEMA)
        .field("id", Schema.INT32_SCHEMA)
        .field("qty", SchemaBuilder.int32().defaultValue(5).build())
        .field("price", Decimal.builder(2).optional().defaultValue(new BigDecimal("9.99")).build())
        .field("tags", SchemaBuilder.array(Schema.STRING_SCHEMA).optional().build())
        .build();
    private static final Struct ORDER = new Struct(VALUE).put("name", "n").put("id", 7).put("qty", 1);
    private static final Schema KEY = SchemaBuilder.struct().field("region", Schema.STRING_SCHEMA)
        .field("id", Schema.INT64_SCHEMA).build();

    private static SinkRow row(Map<String, String> config, SinkRecord record) {
        Map<String, String> props = new HashMap<>(config);
        props.put("connection.url", "jdbc:postgresql://localhost/db");
        return new RowExtractor(SinkConfig.parse(props)).toRow(record);
    }

    private static SinkRow row(String... keyValues) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        return row(config, new SinkRecord("orders", 2, KEY, new Struct(KEY).put("region", "eu").put("id", 7L), VALUE,
            ORDER, 41));
    }

    @Test
    void withoutAKeyEveryFieldInSchemaOrderNullableUnlessRequiredWithDefaultsDeclared() {
        SinkRow row = row();
        assertThat(DECLARED.all(row)).containsExactly(
            ColumnDefinition.nullable("name", "TEXT"),
            ColumnDefinition.notNull("id", "INT"),
            ColumnDefinition.withDefault("qty", "INT", "5"),
            ColumnDefinition.withDefault("price", "DECIMAL", "9.99"),
            ColumnDefinition.nullable("tags", "TEXT[]"));
        assertThat(DECLARED.primaryKey(row)).isEmpty();
    }

    @Test
    void kafkaModePutsTheCoordinatesFirstAsTheKey() {
        SinkRow row = row("pk.mode", "kafka");
        assertThat(DECLARED.all(row)).startsWith(
            ColumnDefinition.notNull("__connect_topic", "TEXT"),
            ColumnDefinition.notNull("__connect_partition", "INT"),
            ColumnDefinition.notNull("__connect_offset", "BIGINT"),
            ColumnDefinition.nullable("name", "TEXT")).hasSize(8);
        assertThat(DECLARED.primaryKey(row)).containsExactly("__connect_topic", "__connect_partition",
            "__connect_offset");
    }

    @Test
    void kafkaModeWithNamesOfItsOwnPutsThemLastByName() {
        SinkRow row = row("pk.mode", "kafka", "pk.fields", "t,p,o");
        assertThat(DECLARED.all(row)).extracting(ColumnDefinition::name)
            .containsExactly("name", "id", "qty", "price", "tags", "o", "p", "t");
        assertThat(DECLARED.primaryKey(row)).containsExactly("o", "p", "t");
    }

    @Test
    void recordValueModeKeepsTheKeyFieldsWhereTheValueHasThemAndMakesThemNotNull() {
        SinkRow row = row("pk.mode", "record_value", "pk.fields", "qty,name");
        assertThat(DECLARED.all(row)).containsExactly(
            ColumnDefinition.notNull("name", "TEXT"),
            ColumnDefinition.notNull("id", "INT"),
            ColumnDefinition.withDefault("qty", "INT", "5"),
            ColumnDefinition.withDefault("price", "DECIMAL", "9.99"),
            ColumnDefinition.nullable("tags", "TEXT[]"));
        assertThat(DECLARED.primaryKey(row)).as("in the table's order, as Confluent lists them").containsExactly("name",
            "qty");
    }

    @Test
    void recordKeyModeTakesAKeyFieldNamedLikeAValueFieldWhereTheValueHasItAndTheOthersLastByName() {
        SinkRow row = row("pk.mode", "record_key");
        assertThat(DECLARED.all(row)).extracting(ColumnDefinition::toString).containsExactly(
            "\"name\" TEXT NULL", "\"id\" BIGINT NOT NULL", "\"qty\" INT DEFAULT 5", "\"price\" DECIMAL DEFAULT 9.99",
            "\"tags\" TEXT[] NULL", "\"region\" TEXT NOT NULL");
        assertThat(DECLARED.primaryKey(row)).containsExactly("id", "region");
    }

    @Test
    void recordKeyModeWithAPrimitiveKeyPutsItsColumnLast() {
        SinkRow row = row(Map.of("pk.mode", "record_key", "pk.fields", "order_id"), new SinkRecord("orders", 0,
            Schema.INT64_SCHEMA, 7L, VALUE, ORDER, 1));
        assertThat(DECLARED.all(row)).last().isEqualTo(ColumnDefinition.notNull("order_id", "BIGINT"));
        assertThat(DECLARED.primaryKey(row)).containsExactly("order_id");
    }

    @Test
    void theWhitelistLeavesFieldsOut() {
        SinkRow row = row("pk.mode", "record_value", "pk.fields", "id", "fields.whitelist", "tags");
        assertThat(DECLARED.all(row)).extracting(ColumnDefinition::name).containsExactly("id", "tags");
    }

    @Test
    void aTombstonesTableHasItsKeyColumns() {
        SinkRow row = row(Map.of("pk.mode", "record_key", "delete.enabled", "true"), new SinkRecord("orders", 0, KEY,
            new Struct(KEY).put("region", "eu").put("id", 7L), null, null, 1));
        assertThat(DECLARED.all(row)).containsExactly(ColumnDefinition.notNull("id", "BIGINT"),
            ColumnDefinition.notNull("region", "TEXT"));
    }

    /** As Confluent's FieldsMetadata: after Kafka's coordinates, an optional string whatever the value's schema. */
    @Test
    void aStringValuesColumnComesBeforeTheOtherKeyColumnsAsAnOptionalText() {
        Schema required = SchemaBuilder.string().defaultValue("none").build();
        SinkRow row = row(Map.of("pk.mode", "kafka", "pk.fields", "__connect_topic,part,off"),
            new SinkRecord("orders", 0, null, null, required, "{\"a\":1}", 1));
        assertThat(DECLARED.all(row)).containsExactly(ColumnDefinition.notNull("__connect_topic", "TEXT"),
            ColumnDefinition.nullable("record_value", "TEXT"), ColumnDefinition.notNull("off", "BIGINT"),
            ColumnDefinition.notNull("part", "INT"));
        assertThat(DECLARED.added(row, Collections.singletonList("record_value")))
            .containsExactly(ColumnDefinition.nullable("record_value", "TEXT"));
    }

    @Test
    void addsOnlyTheMissingColumnsInTheTablesOrder() {
        assertThat(DECLARED.added(row(), Arrays.asList("tags", "name", "price"))).containsExactly(
            ColumnDefinition.nullable("name", "TEXT"),
            ColumnDefinition.withDefault("price", "DECIMAL", "9.99"),
            ColumnDefinition.nullable("tags", "TEXT[]"));
    }

    @Test
    void refusesToAddARequiredFieldWithoutADefaultNamingRecordTableAndField() {
        assertThatThrownBy(() -> DECLARED.added(row("table.name.format", "sales.orders"), Arrays.asList("name", "id")))
            .isInstanceOf(BadRecordException.class)
            .hasMessageContaining("topic=orders partition=2 offset=41")
            .hasMessageContaining("table sales.orders").hasMessageContaining("field 'id'");
        assertThat(DECLARED.added(row(), Collections.singletonList("qty")))
            .as("a required field with a default").containsExactly(ColumnDefinition.withDefault("qty", "INT", "5"));
    }

    @Test
    void aFieldWithoutAColumnTypeIsTheRecordsFault() {
        Schema nested = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
            .field("address", SchemaBuilder.struct().field("city", Schema.STRING_SCHEMA).optional().build()).build();
        SinkRow row = row(Collections.emptyMap(), new SinkRecord("orders", 0, null, null, nested,
            new Struct(nested).put("id", 1), 3));
        assertThatThrownBy(() -> DECLARED.all(row)).isInstanceOf(BadRecordException.class)
            .hasMessageContaining("offset=3").hasMessageContaining("'address' is a STRUCT");
    }
}
