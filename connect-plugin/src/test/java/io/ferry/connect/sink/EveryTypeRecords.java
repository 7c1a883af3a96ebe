package io.ferry.connect.sink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/** A field of every Connect type but arrays, each for a column of its own type, and a usual value for each. */
final class EveryTypeRecords {
    /** The columns the fields go to, after an {@code id bigint PRIMARY KEY}. */
    static final String COLUMNS = "i8 smallint, i16 smallint, i32 integer, i64 bigint, f32 real, "
        + "f64 double precision, flag boolean, txt text, vc varchar(20), bin bytea, amount numeric(12,3), day date, "
        + "tod time, ts timestamp, tstz timestamptz, u uuid, j json, jb jsonb";
    static final long INSTANT = LocalDateTime.of(2024, 5, 1, 12, 30, 15, 123_000_000)
        .toInstant(ZoneOffset.UTC).toEpochMilli();

    private EveryTypeRecords() {
    }

    /** A struct builder named every_type with an INT64 id and then a field of every type. */
    static SchemaBuilder fields() {
        return SchemaBuilder.struct().name("every_type")
            .field("id", Schema.INT64_SCHEMA)
            .field("i8", Schema.OPTIONAL_INT8_SCHEMA)
            .field("i16", Schema.OPTIONAL_INT16_SCHEMA)
            .field("i32", Schema.OPTIONAL_INT32_SCHEMA)
            .field("i64", Schema.OPTIONAL_INT64_SCHEMA)
            .field("f32", Schema.OPTIONAL_FLOAT32_SCHEMA)
            .field("f64", Schema.OPTIONAL_FLOAT64_SCHEMA)
            .field("flag", Schema.OPTIONAL_BOOLEAN_SCHEMA)
            .field("txt", Schema.OPTIONAL_STRING_SCHEMA)
            .field("vc", Schema.OPTIONAL_STRING_SCHEMA)
            .field("bin", Schema.OPTIONAL_BYTES_SCHEMA)
            .field("amount", Decimal.builder(3).optional().build())
            .field("day", org.apache.kafka.connect.data.Date.builder().optional().build())
            .field("tod", Time.builder().optional().build())
            .field("ts", Timestamp.builder().optional().build())
            .field("tstz", Timestamp.builder().optional().build())
            .field("u", Schema.OPTIONAL_STRING_SCHEMA)
            .field("j", Schema.OPTIONAL_STRING_SCHEMA)
            .field("jb", Schema.OPTIONAL_STRING_SCHEMA);
    }

    /** The struct with its id and a usual value in every field of {@link #fields()}. */
    static Struct usual(Schema schema, long id) {
        return new Struct(schema).put("id", id).put("i8", (byte) -5).put("i16", (short) 32000)
            .put("i32", -2_000_000_000).put("i64", 9_000_000_000_000_000_000L).put("f32", 1.5f).put("f64", 2.25)
            .put("flag", true).put("txt", "héllo \"quoted\" 'single'").put("vc", "short")
            .put("bin", new byte[] {1, 2, (byte) 0xff}).put("amount", new BigDecimal("12345.678"))
            .put("day", new Date(LocalDate.of(2024, 2, 29).toEpochDay() * 86_400_000L))
            .put("tod", new Date(LocalTime.of(13, 45, 30, 250_000_000).toNanoOfDay() / 1_000_000))
            .put("ts", new Date(INSTANT)).put("tstz", new Date(INSTANT))
            .put("u", "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11").put("j", "{\"a\": [1, 2]}").put("jb", "{\"b\":true}");
    }
}
