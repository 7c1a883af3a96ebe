package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.config.SinkConfig;
import io.ferry.connect.postgres.types.NanoTimestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class EpochTimestampFieldsTest {
    private static final SinkRecord RECORD = new SinkRecord("orders", 0, null, null, null, null, 7);

    private static EpochTimestampFields fields(String precision) {
        Map<String, String> props = new HashMap<>();
        props.put("connection.url", "jdbc:postgresql://localhost/db");
        props.put("timestamp.fields.list", "at, at_text, other");
        props.put("timestamp.precision.mode", precision);
        return new EpochTimestampFields(SinkConfig.parse(props).writeOptions());
    }

    private static Map<String, ColumnValue> converted(EpochTimestampFields fields, Schema schema, Object value) {
        Map<String, ColumnValue> values = new LinkedHashMap<>();
        values.put("at", new ColumnValue(schema, value));
        values.put("untouched", new ColumnValue(Schema.INT64_SCHEMA, 5L));
        fields.convert(RECORD, values);
        return values;
    }

    private static Object instantOf(EpochTimestampFields fields, Schema schema, Object value) {
        ColumnValue converted = converted(fields, schema, value).get("at");
        assertThat(converted.schema()).isEqualTo(NanoTimestamp.schema(schema.isOptional(), null));
        return converted.value();
    }

    @Test
    void epochMicrosecondsBecomeTheInstantTheyCountBeforeAndAfter1970() {
        EpochTimestampFields micros = fields("microseconds");
        assertThat(instantOf(micros, Schema.INT64_SCHEMA, 1_714_566_615_123_456L))
            .isEqualTo(Instant.parse("2024-05-01T12:30:15.123456Z"));
        assertThat(instantOf(micros, Schema.STRING_SCHEMA, "1714566615123456"))
            .isEqualTo(Instant.parse("2024-05-01T12:30:15.123456Z"));
        assertThat(instantOf(micros, Schema.INT64_SCHEMA, -1L)).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    }

    @Test
    void epochNanosecondsBecomeTheInstantTheyCountBeforeAndAfter1970() {
        EpochTimestampFields nanos = fields("NANOSECONDS");
        assertThat(instantOf(nanos, Schema.INT64_SCHEMA, 1_714_566_615_123_456_789L))
            .isEqualTo(Instant.parse("2024-05-01T12:30:15.123456789Z"));
        assertThat(instantOf(nanos, Schema.STRING_SCHEMA, "1714566615123456789"))
            .isEqualTo(Instant.parse("2024-05-01T12:30:15.123456789Z"));
        assertThat(instantOf(nanos, Schema.STRING_SCHEMA, "-1500000000"))
            .isEqualTo(Instant.parse("1969-12-31T23:59:58.500Z"));
        assertThat(instantOf(nanos, Schema.STRING_SCHEMA, "99999999999999999999"))
            .isEqualTo(Instant.parse("5138-11-16T09:46:39.999999999Z"));
    }

    @Test
    void connectTimestampsOtherTypesNullsAndUnlistedFieldsStayAsTheyAre() {
        EpochTimestampFields micros = fields("microseconds");
        java.util.Date date = new java.util.Date(0);
        assertThat(converted(micros, Timestamp.SCHEMA, date).get("at").value()).isSameAs(date);
        assertThat(converted(micros, Schema.INT32_SCHEMA, 5).get("at").value()).isEqualTo(5);
        assertThat(converted(micros, Schema.OPTIONAL_INT64_SCHEMA, null).get("at").value()).isNull();
        assertThat(converted(micros, Schema.INT64_SCHEMA, 5L).get("untouched").value()).isEqualTo(5L);
    }

    /** What auto.create declares for the field: a TIMESTAMP, as nullable as the field, with its default. */
    @Test
    void aNullAndTheFieldsDefaultTakeTheInstantsSchemaToo() {
        EpochTimestampFields micros = fields("microseconds");
        assertThat(converted(micros, Schema.OPTIONAL_INT64_SCHEMA, null).get("at").schema())
            .isEqualTo(NanoTimestamp.schema(true, null));
        Schema withDefault = SchemaBuilder.int64().defaultValue(1_714_566_615_123_456L).build();
        assertThat(converted(micros, withDefault, 1L).get("at").schema())
            .isEqualTo(NanoTimestamp.schema(false, Instant.parse("2024-05-01T12:30:15.123456Z")));
        Schema noEpochDefault = SchemaBuilder.string().optional().defaultValue("soon").build();
        assertThat(converted(micros, noEpochDefault, "1").get("at").schema())
            .isEqualTo(NanoTimestamp.schema(true, null));
    }

    @Test
    void aValueThatIsNotAnEpochNumberIsTheRecordsFault() {
        assertThatThrownBy(() -> converted(fields("microseconds"), Schema.STRING_SCHEMA, "2024-05-01"))
            .isInstanceOf(BadRecordException.class).hasMessageContaining("'at'")
            .hasMessageContaining("timestamp.fields.list").hasMessageContaining("microseconds");
        assertThatThrownBy(() -> converted(fields("nanoseconds"), Schema.STRING_SCHEMA, "1" + "0".repeat(40)))
            .isInstanceOf(BadRecordException.class).hasMessageContaining("nanoseconds");
    }
}
