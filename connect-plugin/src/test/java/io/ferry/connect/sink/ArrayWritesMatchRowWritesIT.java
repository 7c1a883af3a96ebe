package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The array statements write every value exactly as the row-at-a-time statements do: the same
 * records written both ways into two identical tables read back the same, column by column, for
 * every Connect type into its own column type and into the other column types a sink meets
 * (assignment casts, strings the server converts, db.timezone, edge values).
 */
class ArrayWritesMatchRowWritesIT {
    private static final String COLUMNS = "id bigint PRIMARY KEY, " + EveryTypeRecords.COLUMNS
        + ", ch char(5), plain_num numeric, addr inet, i64_in_int integer, f64_in_int integer, f64_in_numeric numeric, "
        + "dec_in_int integer, ts_in_date date, day_in_ts timestamp, str_in_int integer, str_in_ts timestamp, "
        + "str_in_tstz timestamptz, i32_in_text text, str_in_bytea bytea, bool_in_text text, "
        + "dec_in_float double precision, feeling mood, str_in_num numeric(6,2), str_in_ts0 timestamp(0), "
        + "tod_in_timetz timetz, f64_in_money money, f32_in_money money";
    private static final Schema ROW = EveryTypeRecords.fields()
        .field("ch", Schema.OPTIONAL_STRING_SCHEMA)
        .field("plain_num", Decimal.builder(-2).optional().build())
        .field("addr", Schema.OPTIONAL_STRING_SCHEMA)
        .field("i64_in_int", Schema.OPTIONAL_INT64_SCHEMA)
        .field("f64_in_int", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("f64_in_numeric", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("dec_in_int", Decimal.builder(2).optional().build())
        .field("ts_in_date", Timestamp.builder().optional().build())
        .field("day_in_ts", org.apache.kafka.connect.data.Date.builder().optional().build())
        .field("str_in_int", Schema.OPTIONAL_STRING_SCHEMA)
        .field("str_in_ts", Schema.OPTIONAL_STRING_SCHEMA)
        .field("str_in_tstz", Schema.OPTIONAL_STRING_SCHEMA)
        .field("i32_in_text", Schema.OPTIONAL_INT32_SCHEMA)
        .field("str_in_bytea", Schema.OPTIONAL_STRING_SCHEMA)
        .field("bool_in_text", Schema.OPTIONAL_BOOLEAN_SCHEMA)
        .field("dec_in_float", Decimal.builder(4).optional().build())
        .field("feeling", Schema.OPTIONAL_STRING_SCHEMA)
        .field("str_in_num", Schema.OPTIONAL_STRING_SCHEMA)
        .field("str_in_ts0", Schema.OPTIONAL_STRING_SCHEMA)
        .field("tod_in_timetz", Time.builder().optional().build())
        .field("f64_in_money", Schema.OPTIONAL_FLOAT64_SCHEMA)
        .field("f32_in_money", Schema.OPTIONAL_FLOAT32_SCHEMA)
        .build();

    private static final long BEFORE_CHRIST = LocalDateTime.of(-99, 3, 1, 23, 59, 59, 999_000_000)
        .toInstant(ZoneOffset.UTC).toEpochMilli();

    private final Database db = PostgresServer.server().createDatabase("arrays");

    private static Struct usual(long id) {
        return EveryTypeRecords.usual(ROW, id).put("ch", "ab").put("plain_num", new BigDecimal("1.5E+3"))
            .put("addr", "192.168.0.1/24").put("i64_in_int", 42L).put("f64_in_int", 2.5).put("f64_in_numeric", 0.1)
            .put("dec_in_int", new BigDecimal("7.50")).put("ts_in_date", new Date(EveryTypeRecords.INSTANT))
            .put("day_in_ts", new Date(LocalDate.of(1999, 12, 31).toEpochDay() * 86_400_000L))
            .put("str_in_int", " 17").put("str_in_ts", "2024-01-02 03:04:05.678")
            .put("str_in_tstz", "2024-01-02 03:04:05+02")
            .put("i32_in_text", 99).put("str_in_bytea", "\\x00ff").put("bool_in_text", false)
            .put("dec_in_float", new BigDecimal("3.1416")).put("feeling", "happy")
            .put("str_in_num", " 1.235").put("str_in_ts0", "2024-01-02 03:04:05.5")
            .put("tod_in_timetz", new Date(49_530_250L)).put("f64_in_money", -1234.56).put("f32_in_money", 0.1f);
    }

    /** Values at the edges of their types' text and binary forms. */
    private static Struct edges(long id) {
        return new Struct(ROW).put("id", id).put("i8", Byte.MIN_VALUE).put("i16", Short.MIN_VALUE)
            .put("i32", Integer.MAX_VALUE).put("i64", Long.MIN_VALUE).put("f32", Float.NaN)
            .put("f64", Double.NEGATIVE_INFINITY).put("flag", false)
            .put("txt", "{a,\"b\"}\\ NULL, \t\n€ 😀").put("vc", "").put("ch", "NULL")
            .put("bin", ByteBuffer.wrap(new byte[0]))
            .put("amount", new BigDecimal("-0.001")).put("plain_num", new BigDecimal("-12E+2"))
            .put("day", new Date(LocalDate.of(1, 1, 1).toEpochDay() * 86_400_000L))
            .put("tod", new Date(0)).put("ts", new Date(-1)).put("tstz", new Date(BEFORE_CHRIST))
            .put("u", "0B6F7C1E9D3A4A3E8F1E2C7D5B9A4E11").put("j", "[]").put("jb", "{\"k\": \"\\u00e9\"}")
            .put("addr", "::1").put("feeling", "sad").put("str_in_num", "-9999.994").put("f64_in_numeric", 1e-7).put("f64_in_int", -0.5)
            .put("day_in_ts", new Date(-86_400_000L * 365 * 3000)).put("tod_in_timetz", new Date(86_399_999L))
            .put("f64_in_money", 9999999999999.995).put("f32_in_money", -0.005f);
    }

    private List<SinkRecord> records() {
        List<Struct> values = Arrays.asList(usual(1), edges(2), new Struct(ROW).put("id", 3L), usual(4));
        List<SinkRecord> records = new ArrayList<>();
        for (Struct value : values) {
            records.add(new SinkRecord("t", 0, null, null, ROW, value, records.size()));
        }
        return records;
    }

    private List<List<Object>> writtenAsText(String table, boolean arrays, String timeZone) throws Exception {
        db.execute("CREATE TABLE " + table + " (" + COLUMNS + ")",
            "CREATE TABLE " + table + "_statements (query text)",
            "CREATE FUNCTION count_" + table + "() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN INSERT INTO " + table + "_statements VALUES (current_query()); RETURN NULL; END $$",
            "CREATE TRIGGER counted AFTER INSERT ON " + table + " FOR EACH STATEMENT EXECUTE FUNCTION count_"
                + table + "()");
        try (SinkWriterHarness writer = new SinkWriterHarness(db, "table.name.format", table,
            "insert.mode", "upsert", "pk.mode", "record_value", "pk.fields", "id", "db.timezone", timeZone)) {
            List<SinkRow> rows = writer.rows(records());
            if (arrays) {
                writer.write(rows);
            } else {
                writer.writeRowByRow(rows);
            }
        }
        int statements = arrays ? 1 : records().size();
        assertThat(db.rows("SELECT query LIKE '%unnest(%' FROM " + table + "_statements"))
            .as("INSERT statements into " + table).containsExactlyElementsOf(
                Collections.nCopies(statements, Arrays.asList(arrays)));
        return db.rows("SELECT (to_jsonb(t) - 'id')::text FROM " + table + " t ORDER BY id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/St_Johns"})
    void writesEveryValueAsTheRowAtATimeStatementsDo(String timeZone) throws Exception {
        db.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')");
        List<List<Object>> rowAtATime = writtenAsText("by_rows", false, timeZone);
        List<List<Object>> arrays = writtenAsText("by_arrays", true, timeZone);
        assertThat(arrays).hasSize(4).isEqualTo(rowAtATime);
        assertThat(arrays.get(2).get(0).toString()).doesNotContain(":\"").contains("\"i8\": null");
        assertThat(arrays.get(0).get(0).toString()).as("a Time lands in a timetz column with offset +00")
            .contains("\"tod_in_timetz\": \"13:45:30.25+00\"");
    }
}
