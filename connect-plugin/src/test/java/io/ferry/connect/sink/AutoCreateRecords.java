package io.ferry.connect.sink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Records of every Connect type auto.create declares a column for, with and without defaults:
 * the schemas {@link io.ferry.testing.ConfluentTables} has Confluent's tables of.
 */
final class AutoCreateRecords {
    static final Date DAY = new Date(LocalDate.of(2024, 2, 29).toEpochDay() * 86_400_000L);
    static final Date TIME_OF_DAY = new Date(LocalTime.of(13, 45, 30, 250_000_000).toNanoOfDay() / 1_000_000);
    static final Date INSTANT = new Date(LocalDateTime.of(2024, 5, 1, 12, 30, 15, 123_000_000)
        .toInstant(ZoneOffset.UTC).toEpochMilli());

    /** id, then an optional field of every type: {@link EveryTypeRecords}' and two arrays. */
    static final Schema EVERY_TYPE = EveryTypeRecords.fields()
        .field("ints", SchemaBuilder.array(Schema.OPTIONAL_INT32_SCHEMA).optional().build())
        .field("texts", SchemaBuilder.array(Schema.STRING_SCHEMA).optional().build())
        .build();

    /** Every type again, each field required with a default (and one optional with a default). */
    static final Schema DEFAULTS = SchemaBuilder.struct().name("defaults")
        .field("i8", SchemaBuilder.int8().defaultValue((byte) -8).build())
        .field("i16", SchemaBuilder.int16().defaultValue((short) 300).build())
        .field("i32", SchemaBuilder.int32().optional().defaultValue(-7).build())
        .field("i64", SchemaBuilder.int64().defaultValue(9_000_000_000_000_000_000L).build())
        .field("f32", SchemaBuilder.float32().defaultValue(1.5f).build())
        .field("f64", SchemaBuilder.float64().defaultValue(-2.25e-10).build())
        .field("flag", SchemaBuilder.bool().defaultValue(true).build())
        .field("txt", SchemaBuilder.string().defaultValue("it's a \\ here").build())
        .field("bin", SchemaBuilder.bytes().defaultValue(new byte[] {1, 2, (byte) 0xff}).build())
        .field("amount", Decimal.builder(3).defaultValue(new BigDecimal("12345.678")).build())
        .field("day", org.apache.kafka.connect.data.Date.builder().defaultValue(DAY).build())
        .field("tod", Time.builder().defaultValue(TIME_OF_DAY).build())
        .field("ts", Timestamp.builder().defaultValue(INSTANT).build())
        .field("ints", SchemaBuilder.array(Schema.INT32_SCHEMA).defaultValue(Arrays.asList(1, 2, 3)).build())
        .field("texts", SchemaBuilder.array(Schema.STRING_SCHEMA).defaultValue(Arrays.asList("a", "b'c")).build())
        .field("none", SchemaBuilder.array(Schema.INT16_SCHEMA).defaultValue(Collections.emptyList()).build())
        .build();

    private AutoCreateRecords() {
    }

    /** A value in every field. */
    static Struct everyValue(long id) {
        return EveryTypeRecords.usual(EVERY_TYPE, id).put("ints", Arrays.asList(1, null, 3))
            .put("texts", Arrays.asList("a", "b'c"));
    }
}
