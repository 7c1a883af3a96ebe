package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.config.SinkConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class RowExtractorTest {
    private static final Schema VALUE = SchemaBuilder.struct().name("row").field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.OPTIONAL_STRING_SCHEMA).field("note", Schema.OPTIONAL_STRING_SCHEMA).build();
    private static final Struct ROW = new Struct(VALUE).put("id", 7).put("name", "n").put("note", "x");

    private static RowExtractor extractor(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:postgresql://localhost/db");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return new RowExtractor(SinkConfig.parse(props));
    }

    private static SinkRecord record(Schema keySchema, Object key, Schema valueSchema, Object value) {
        return new SinkRecord("orders", 2, keySchema, key, valueSchema, value, 41);
    }

    @Test
    void withoutPrimaryKeyEveryValueFieldIsAColumn() {
        SinkRow row = extractor().toRow(record(null, null, VALUE, ROW));
        assertThat(row.shape().keyColumns()).isEmpty();
        assertThat(row.shape().otherColumns()).containsExactly("id", "name", "note");
    }

    @Test
    void recordValueKeyWithoutFieldsUsesEveryField() {
        SinkRow row = extractor("pk.mode", "record_value").toRow(record(null, null, VALUE, ROW));
        assertThat(row.shape().keyColumns()).containsExactly("id", "name", "note");
        assertThat(row.shape().otherColumns()).isEmpty();
    }

    @Test
    void whitelistLimitsTheOtherColumnsButKeepsTheKey() {
        SinkRow row = extractor("pk.mode", "record_value", "pk.fields", "id", "fields.whitelist", "name")
            .toRow(record(null, null, VALUE, ROW));
        assertThat(row.shape().keyColumns()).containsExactly("id");
        assertThat(row.shape().otherColumns()).containsExactly("name");
    }

    @Test
    void kafkaKeyIsTopicPartitionAndOffset() {
        SinkRow row = extractor("pk.mode", "kafka").toRow(record(null, null, VALUE, ROW));
        assertThat(row.shape().keyColumns()).containsExactly("__connect_topic", "__connect_partition", "__connect_offset");
        assertThat(row.key()).containsExactly("orders", 2, 41L);
    }

    @Test
    void primitiveRecordKeyNeedsExactlyOneField() {
        SinkRow row = extractor("pk.mode", "record_key", "pk.fields", "order_id")
            .toRow(record(Schema.INT64_SCHEMA, 5L, VALUE, ROW));
        assertThat(row.shape().keyColumns()).containsExactly("order_id");
        assertThat(row.shape().otherColumns()).containsExactly("id", "name", "note");
        assertThatThrownBy(() -> extractor("pk.mode", "record_key").toRow(record(Schema.INT64_SCHEMA, 5L, VALUE, ROW)))
            .isInstanceOf(ConnectException.class).hasMessageContaining("exactly one");
    }

    @Test
    void structRecordKeyUsesItsFields() {
        Schema keySchema = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).build();
        SinkRow row = extractor("pk.mode", "record_key")
            .toRow(record(keySchema, new Struct(keySchema).put("id", 7), VALUE, ROW));
        assertThat(row.shape().keyColumns()).containsExactly("id");
        assertThat(row.shape().otherColumns()).containsExactly("name", "note");
    }

    @Test
    void aRecordWithoutValueSchemaIsRejectedNamingIt() {
        assertThatThrownBy(() -> extractor().toRow(record(null, null, null, new HashMap<>())))
            .isInstanceOf(BadRecordException.class)
            .hasMessageContaining("topic=orders partition=2 offset=41").hasMessageContaining("no value schema");
    }

    @Test
    void aTombstoneIsADeleteOnlyWhenDeletesAreEnabled() {
        SinkRecord tombstone = record(Schema.INT32_SCHEMA, 7, null, null);
        assertThatThrownBy(() -> extractor("pk.mode", "record_key", "pk.fields", "id").toRow(tombstone))
            .isInstanceOf(BadRecordException.class).hasMessageContaining("delete.enabled");
        SinkRow row = extractor("pk.mode", "record_key", "pk.fields", "id", "delete.enabled", "true").toRow(tombstone);
        assertThat(row.shape().kind()).isEqualTo(RowShape.Kind.DELETE);
        assertThat(row.key()).containsExactly(7);
    }

    @Test
    void aMissingPrimaryKeyFieldIsNamed() {
        assertThatThrownBy(() -> extractor("pk.mode", "record_value", "pk.fields", "nope")
            .toRow(record(null, null, VALUE, ROW))).hasMessageContaining("nope").hasMessageContaining("offset=41");
    }

    @Test
    void aNullValueFieldIsItsSchemasDefaultUnlessReplaceNullWithDefaultIsFalse() {
        Schema schema = SchemaBuilder.struct().field("id", SchemaBuilder.int32().optional().defaultValue(1).build())
            .field("qty", SchemaBuilder.int32().optional().defaultValue(5).build()).build();
        Struct value = new Struct(schema).put("id", null).put("qty", null);

        assertThat(extractor().toRow(record(null, null, schema, value)).value("qty").value()).isEqualTo(5);
        SinkRow row = extractor("replace.null.with.default", "false", "pk.mode", "record_value", "pk.fields", "id")
            .toRow(record(null, null, schema, value));
        assertThat(row.value("qty").value()).isNull();
        assertThat(row.value("id").value()).as("a key field keeps its default, as in Confluent's sink").isEqualTo(1);
    }

    @Test
    void aStringValueIsWrittenIntoItsOneColumnBesideTheKeyColumns() {
        SinkRow row = extractor("pk.mode", "kafka")
            .toRow(record(null, null, Schema.OPTIONAL_STRING_SCHEMA, "{\"a\":1}"));
        assertThat(row.shape().keyColumns())
            .containsExactly("__connect_topic", "__connect_partition", "__connect_offset");
        assertThat(row.shape().otherColumns()).containsExactly("record_value");
        assertThat(row.value("record_value").value()).isEqualTo("{\"a\":1}");

        SinkRow named = extractor("pk.mode", "record_key", "pk.fields", "id",
            "string.output.value.column.name", "payload")
            .toRow(record(Schema.INT64_SCHEMA, 5L, Schema.STRING_SCHEMA, "text"));
        assertThat(named.shape().keyColumns()).containsExactly("id");
        assertThat(named.shape().otherColumns()).containsExactly("payload");
    }

    @Test
    void aStringValueWithOptionsThatPickStructFieldsFailsNamingThem() {
        SinkRecord text = record(null, null, Schema.STRING_SCHEMA, "text");
        assertThatThrownBy(() -> extractor("fields.whitelist", "a", "timestamp.fields.list", "b").toRow(text))
            .isInstanceOf(ConnectException.class).isNotInstanceOf(BadRecordException.class)
            .hasMessageContaining("fields.whitelist, timestamp.fields.list").hasMessageContaining("record_value");
        assertThatThrownBy(() -> extractor("pk.mode", "record_value").toRow(text))
            .isInstanceOf(ConnectException.class).hasMessageContaining("pk.mode=record_value");
        assertThatThrownBy(() -> extractor("pk.mode", "record_key", "pk.fields", "record_value")
            .toRow(record(Schema.INT64_SCHEMA, 5L, Schema.STRING_SCHEMA, "text")))
            .isInstanceOf(ConnectException.class).hasMessageContaining("string.output.value.column.name 'record_value'")
            .hasMessageContaining("key column");
    }

    @Test
    void aValueOfAnotherPrimitiveSchemaOrWithoutSchemaIsABadRecord() {
        assertThatThrownBy(() -> extractor().toRow(record(null, null, Schema.INT64_SCHEMA, 5L)))
            .isInstanceOf(BadRecordException.class).hasMessageContaining("INT64");
        assertThatThrownBy(() -> extractor().toRow(record(null, null, null, "schemaless text")))
            .isInstanceOf(BadRecordException.class).hasMessageContaining("no value schema");
    }
}
