package io.ferry.connect.sink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Records of every Connect type auto.create declares a column for, with and without defaults,
 * and the statements Confluent's PostgreSQL dialect (kafka-connect-jdbc 10.9.7) writes for them.
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

    /** What Confluent's dialect creates for {@link #EVERY_TYPE} with pk.mode=record_value, pk.fields=id. */
    static final String CONFLUENT_EVERY_TYPE = "(\n\"id\" BIGINT NOT NULL,\n\"i8\" SMALLINT NULL,\n"
        + "\"i16\" SMALLINT NULL,\n\"i32\" INT NULL,\n\"i64\" BIGINT NULL,\n\"f32\" REAL NULL,\n"
        + "\"f64\" DOUBLE PRECISION NULL,\n\"flag\" BOOLEAN NULL,\n\"txt\" TEXT NULL,\n\"vc\" TEXT NULL,\n"
        + "\"bin\" BYTEA NULL,\n\"amount\" DECIMAL NULL,\n\"day\" DATE NULL,\n\"tod\" TIME NULL,\n"
        + "\"ts\" TIMESTAMP NULL,\n\"tstz\" TIMESTAMP NULL,\n\"u\" TEXT NULL,\n\"j\" TEXT NULL,\n"
        + "\"jb\" TEXT NULL,\n\"ints\" INT[] NULL,\n\"texts\" TEXT[] NULL,\nPRIMARY KEY(\"id\"))";

    /** Every type again, each field required with a default (and one optional with a default). */
    static final Schema DEFAULTS = SchemaBuilder.struct().name("defaults")
        .field("i8", SchemaBuilder.int8().defaultValue((byte) -8).build())
        .field("i16", SchemaBuilder.int16().defaultValue((short) 300).build())
        .field("i32", SchemaBuilder.int32().optional().defaultValue(-7).build())
        .field("i64", SchemaBuilder.int64().defaultValue(9_000_000_000_000_000_000L).build())
        .field("f32", SchemaBuilder.float32().defaultValue(1.5f).build())
        .field("f64", SchemaBuilder.float64().defaultValue(-2.25e-10).build())
        .field("nan", SchemaBuilder.float64().defaultValue(Double.NaN).build())
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

    /**
     * What Confluent's dialect writes for {@link #DEFAULTS}, where PostgreSQL takes it; where it does
     * not, what it means (marked): bytes as bytea hex rather than the bit string x'0102ff', NaN
     * quoted, the string's quote doubled, the empty array with a type.
     */
    static final String CONFLUENT_DEFAULTS = "(\n\"i8\" SMALLINT DEFAULT -8,\n\"i16\" SMALLINT DEFAULT 300,\n"
        + "\"i32\" INT DEFAULT -7,\n\"i64\" BIGINT DEFAULT 9000000000000000000,\n\"f32\" REAL DEFAULT 1.5,\n"
        + "\"f64\" DOUBLE PRECISION DEFAULT -2.25E-10,\n"
        + "\"nan\" DOUBLE PRECISION DEFAULT 'NaN',\n" // Confluent: DEFAULT NaN
        + "\"flag\" BOOLEAN DEFAULT TRUE,\n"
        + "\"txt\" TEXT DEFAULT 'it''s a \\ here',\n" // Confluent: 'it's a \ here'
        + "\"bin\" BYTEA DEFAULT '\\x0102ff',\n" // Confluent: x'0102ff'
        + "\"amount\" DECIMAL DEFAULT 12345.678,\n\"day\" DATE DEFAULT '2024-02-29',\n"
        + "\"tod\" TIME DEFAULT '13:45:30.250',\n\"ts\" TIMESTAMP DEFAULT '2024-05-01 12:30:15.123',\n"
        + "\"ints\" INT[] DEFAULT ARRAY[1,2,3],\n\"texts\" TEXT[] DEFAULT ARRAY['a','b''c'],\n"
        + "\"none\" SMALLINT[] DEFAULT ARRAY[]::SMALLINT[])"; // Confluent: ARRAY[]

    private AutoCreateRecords() {
    }

    /** A value in every field. */
    static Struct everyValue(long id) {
        return EveryTypeRecords.usual(EVERY_TYPE, id).put("ints", Arrays.asList(1, null, 3))
            .put("texts", Arrays.asList("a", "b'c"));
    }

    /** The columns of {@link #EVERY_TYPE} but id, each as text. */
    static final String EVERY_COLUMN_AS_TEXT = "i8::text, i16::text, i32::text, i64::text, f32::text, f64::text, "
        + "flag::text, txt, vc, bin::text, amount::text, day::text, tod::text, ts::text, tstz::text, u, j, jb, "
        + "ints::text, texts::text";

    /** What {@link #everyValue} reads back as: {@link #EVERY_COLUMN_AS_TEXT}. */
    static final List<Object> EVERY_VALUE_AS_TEXT = Arrays.asList("-5", "32000", "-2000000000",
        "9000000000000000000", "1.5", "2.25", "true", "héllo \"quoted\" 'single'", "short", "\\x0102ff",
        "12345.678", "2024-02-29", "13:45:30.25", "2024-05-01 12:30:15.123", "2024-05-01 12:30:15.123",
        "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11", "{\"a\": [1, 2]}", "{\"b\":true}", "{1,NULL,3}", "{a,b'c}");
}
