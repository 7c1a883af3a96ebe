package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.connect.testing.ScratchDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class SinkTypesIT {
    private static final Schema ROW = SchemaBuilder.struct().name("every_type")
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
        .field("jb", Schema.OPTIONAL_STRING_SCHEMA)
        .field("ints", SchemaBuilder.array(Schema.INT32_SCHEMA).optional().build())
        .build();
    private static final long INSTANT = LocalDateTime.of(2024, 5, 1, 12, 30, 15, 123_000_000)
        .toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final String SELECT_AS_TEXT = "SELECT i8::text, i16::text, i32::text, i64::text, f32::text, "
        + "f64::text, flag::text, txt, vc, encode(bin, 'hex'), amount::text, day::text, tod::text, ts::text, "
        + "to_char(tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'), u::text, j::text, jb::text, ints::text "
        + "FROM every_type ORDER BY id";

    private final ScratchDatabase db = PostgresServer.server().createDatabase("types");

    private void createTable() {
        db.execute("CREATE TABLE every_type (id bigint PRIMARY KEY, i8 smallint, i16 smallint, i32 integer, "
            + "i64 bigint, f32 real, f64 double precision, flag boolean, txt text, vc varchar(20), bin bytea, "
            + "amount numeric(12,3), day date, tod time, ts timestamp, tstz timestamptz, u uuid, j json, jb jsonb, "
            + "ints integer[])");
    }

    private static Struct everyValue(long id) {
        return new Struct(ROW).put("id", id).put("i8", (byte) -5).put("i16", (short) 32000).put("i32", -2_000_000_000)
            .put("i64", 9_000_000_000_000_000_000L).put("f32", 1.5f).put("f64", 2.25).put("flag", true)
            .put("txt", "héllo \"quoted\" 'single'").put("vc", "short").put("bin", new byte[] {1, 2, (byte) 0xff})
            .put("amount", new BigDecimal("12345.678"))
            .put("day", new Date(LocalDate.of(2024, 2, 29).toEpochDay() * 86_400_000L))
            .put("tod", new Date(LocalTime.of(13, 45, 30, 250_000_000).toNanoOfDay() / 1_000_000))
            .put("ts", new Date(INSTANT)).put("tstz", new Date(INSTANT))
            .put("u", "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11").put("j", "{\"a\": [1, 2]}").put("jb", "{\"b\":true}")
            .put("ints", Arrays.asList(1, 2, 3));
    }

    private void write(Struct value, String... config) {
        write(Arrays.asList(value), config);
    }

    private void write(List<Struct> values, String... config) {
        String[] props = new String[config.length + 6];
        System.arraycopy(new String[] {"table.name.format", "every_type", "insert.mode", "upsert", "pk.mode",
            "record_value"}, 0, props, 0, 6);
        System.arraycopy(config, 0, props, 6, config.length);
        String[] withKey = Arrays.copyOf(props, props.length + 2);
        withKey[props.length] = "pk.fields";
        withKey[props.length + 1] = "id";
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, withKey)) {
            List<SinkRecord> records = new ArrayList<>();
            for (Struct value : values) {
                records.add(new SinkRecord("t", 0, null, null, ROW, value, records.size()));
            }
            sink.putAndCommit(records);
        }
    }

    @Test
    void writesEveryConnectTypeIntoItsColumnTypeUnchanged() {
        createTable();
        write(everyValue(1));
        assertThat(db.rows(SELECT_AS_TEXT)).containsExactly(Arrays.asList("-5", "32000", "-2000000000",
            "9000000000000000000", "1.5", "2.25", "true", "héllo \"quoted\" 'single'", "short", "0102ff", "12345.678",
            "2024-02-29", "13:45:30.25", "2024-05-01 12:30:15.123", "2024-05-01 12:30:15.123",
            "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11", "{\"a\": [1, 2]}", "{\"b\": true}", "{1,2,3}"));
    }

    @Test
    void writesManyRowsOfEveryTypeInOneMultiRowStatement() {
        createTable();
        write(Arrays.asList(everyValue(1), new Struct(ROW).put("id", 2L), everyValue(3), everyValue(4)));
        List<List<Object>> rows = db.rows(SELECT_AS_TEXT);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(rows.get(2)).isEqualTo(rows.get(3)).doesNotContainNull();
        assertThat(rows.get(1)).containsOnlyNulls();
    }

    @Test
    void writesNullIntoEveryColumnType() {
        createTable();
        write(new Struct(ROW).put("id", 2L));
        List<Object> row = db.rows(SELECT_AS_TEXT).get(0);
        assertThat(row).hasSize(19).containsOnlyNulls();
    }

    @Test
    void writesTimestampsWithoutTimeZoneAsWallClockTimeInTheDatabaseTimeZone() {
        createTable();
        write(everyValue(3), "db.timezone", "Europe/Berlin");
        assertThat(db.rows("SELECT ts::text, to_char(tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') "
            + "FROM every_type")).containsExactly(Arrays.asList("2024-05-01 14:30:15.123", "2024-05-01 12:30:15.123"));
    }
}
