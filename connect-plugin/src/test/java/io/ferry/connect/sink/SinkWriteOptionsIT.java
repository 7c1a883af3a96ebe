package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.FakeSinkTaskContext;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sink keys of Confluent's that say how values are written, each written with and read back:
 * as one array statement and row by row (an array field sends a run row by row).
 */
class SinkWriteOptionsIT {
    enum Path {
        ARRAYS(""), ROW_BY_ROW(", ints integer[]");

        final String extraColumn;

        Path(String extraColumn) {
            this.extraColumn = extraColumn;
        }

        SchemaBuilder withExtraField(SchemaBuilder fields) {
            Schema ints = SchemaBuilder.array(Schema.INT32_SCHEMA).optional().build();
            return this == ROW_BY_ROW ? fields.field("ints", ints) : fields;
        }

        Struct withExtraValue(Struct value) {
            return this == ROW_BY_ROW ? value.put("ints", Arrays.asList(1, 2)) : value;
        }
    }

    private final Database db = PostgresServer.server().createDatabase("writeoptions");

    private void write(Path path, List<Struct> values, String... config) {
        List<String> props = new ArrayList<>(Arrays.asList("table.name.format", "target"));
        props.addAll(Arrays.asList(config));
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, props.toArray(new String[0]))) {
            List<SinkRecord> records = new ArrayList<>();
            for (Struct value : values) {
                records.add(new SinkRecord("t", 0, null, null, value.schema(), value, records.size()));
            }
            sink.putAndCommit(records);
        }
    }

    private List<Object> column(String expression) {
        List<Object> values = new ArrayList<>();
        db.rows("SELECT " + expression + " FROM target ORDER BY id").forEach(row -> values.add(row.get(0)));
        return values;
    }

    private static java.util.Date connectDate(LocalDate day) {
        return new java.util.Date(TimeUnit.DAYS.toMillis(day.toEpochDay()));
    }

    private Schema dateSchema(Path path) {
        return path.withExtraField(SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
            .field("day", org.apache.kafka.connect.data.Date.builder().optional().build())).build();
    }

    private List<Struct> dates(Path path, LocalDate... days) {
        Schema schema = dateSchema(path);
        List<Struct> values = new ArrayList<>();
        for (LocalDate day : days) {
            values.add(path.withExtraValue(new Struct(schema).put("id", values.size()).put("day", connectDate(day))));
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aDateIsWrittenInTheDatabaseTimeZoneByDefaultAndAsItsOwnDayWithDateTimezoneUtc(Path path) {
        db.execute("CREATE TABLE target (id int PRIMARY KEY, day date" + path.extraColumn + ")");
        LocalDate day = LocalDate.of(2024, 3, 10);

        write(path, dates(path, day), "db.timezone", "America/New_York");
        assertThat(column("day::text")).containsExactly("2024-03-09");

        db.execute("TRUNCATE target");
        write(path, dates(path, day), "db.timezone", "America/New_York", "date.timezone", "UTC");
        assertThat(column("day::text")).containsExactly("2024-03-10");

        db.execute("TRUNCATE target");
        write(path, dates(path, day), "db.timezone", "Asia/Tokyo", "date.timezone", "DB_TIMEZONE");
        assertThat(column("day::text")).containsExactly("2024-03-10");
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void daysBeforeTheGregorianReformAreJulianByDefaultAndGregorianOnRequest(Path path) {
        db.execute("CREATE TABLE target (id int PRIMARY KEY, day date" + path.extraColumn + ")");
        LocalDate[] days = {LocalDate.of(1582, 10, 14), LocalDate.of(1582, 10, 15), LocalDate.of(1000, 1, 1)};

        write(path, dates(path, days));
        assertThat(column("day::text")).containsExactly("1582-10-04", "1582-10-15", "0999-12-27");

        db.execute("TRUNCATE target");
        write(path, dates(path, days), "date.calendar.system", "PROLEPTIC_GREGORIAN");
        assertThat(column("day::text")).containsExactly("1582-10-14", "1582-10-15", "1000-01-01");
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aNullFieldWithADefaultIsWrittenAsTheDefaultUnlessReplaceNullWithDefaultIsFalse(Path path) {
        db.execute("CREATE TABLE target (id int PRIMARY KEY, qty int" + path.extraColumn + ")");
        Schema schema = path.withExtraField(SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
            .field("qty", SchemaBuilder.int32().optional().defaultValue(5).build())).build();
        List<Struct> values = Arrays.asList(path.withExtraValue(new Struct(schema).put("id", 1).put("qty", null)),
            path.withExtraValue(new Struct(schema).put("id", 2).put("qty", 7)));

        write(path, values);
        assertThat(column("qty")).containsExactly(5, 7);

        db.execute("TRUNCATE target");
        write(path, values, "replace.null.with.default", "true");
        assertThat(column("qty")).containsExactly(5, 7);

        db.execute("TRUNCATE target");
        write(path, values, "replace.null.with.default", "false");
        assertThat(column("qty")).containsExactly(null, 7);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void epochMicrosecondsAndNanosecondsOfTheListedFieldsAreWrittenAsTimestamps(Path path) {
        db.execute("CREATE TABLE target (id int PRIMARY KEY, at timestamp, at_tz timestamptz, at_text timestamp, "
            + "plain bigint" + path.extraColumn + ")");
        Schema schema = path.withExtraField(SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
            .field("at", Schema.INT64_SCHEMA).field("at_tz", Schema.INT64_SCHEMA).field("at_text", Schema.STRING_SCHEMA)
            .field("plain", Schema.INT64_SCHEMA)).build();
        String selected = "at::text || ' ' || (at_tz AT TIME ZONE 'UTC')::text || ' ' || at_text::text || ' ' || plain";

        Struct micros = new Struct(schema).put("id", 1).put("at", 1_714_566_615_123_456L)
            .put("at_tz", 1_714_566_615_123_456L).put("at_text", "-1").put("plain", 1_714_566_615_123_456L);
        write(path, Arrays.asList(path.withExtraValue(micros)), "db.timezone", "Europe/Berlin",
            "timestamp.fields.list", "at,at_tz,at_text");
        assertThat(column(selected)).containsExactly("2024-05-01 14:30:15.123456 2024-05-01 12:30:15.123456 "
            + "1970-01-01 00:59:59.999999 1714566615123456");

        db.execute("TRUNCATE target");
        Struct nanos = new Struct(schema).put("id", 1).put("at", 1_714_566_615_123_456_789L)
            .put("at_tz", 1_714_566_615_123_456_789L).put("at_text", "1714566615000000400").put("plain", 5L);
        write(path, Arrays.asList(path.withExtraValue(nanos)), "timestamp.fields.list", "at, at_tz, at_text",
            "timestamp.precision.mode", "nanoseconds");
        assertThat(column(selected)).containsExactly("2024-05-01 12:30:15.123457 2024-05-01 12:30:15.123457 "
            + "2024-05-01 12:30:15 5");
    }

    /** Upserts go as one array statement; updates row by row. */
    @ParameterizedTest
    @EnumSource(Path.class)
    void aStringValueIsWrittenIntoTheStringOutputValueColumn(Path path) {
        String key = "\"__connect_topic\" text, \"__connect_partition\" int, \"__connect_offset\" bigint, "
            + "PRIMARY KEY (\"__connect_topic\", \"__connect_partition\", \"__connect_offset\")";
        db.execute("CREATE TABLE target (" + key + ", record_value text)",
            "CREATE TABLE payloads (" + key + ", payload jsonb)");
        String mode = path == Path.ARRAYS ? "upsert" : "update";
        if (path == Path.ROW_BY_ROW) {
            db.execute("INSERT INTO target VALUES ('t', 0, 10, 'old'), ('t', 0, 11, 'old')",
                "INSERT INTO payloads VALUES ('t', 0, 10, '{}'), ('t', 0, 11, '{}')");
        }
        List<SinkRecord> records = Arrays.asList(
            new SinkRecord("t", 0, null, null, Schema.OPTIONAL_STRING_SCHEMA, "{\"a\": 1}", 10),
            new SinkRecord("t", 0, null, null, Schema.OPTIONAL_STRING_SCHEMA, "{\"a\": 2}", 11));

        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "pk.mode", "kafka", "insert.mode", mode,
            "table.name.format", "target")) {
            sink.putAndCommit(records);
        }
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "pk.mode", "kafka", "insert.mode", mode,
            "table.name.format", "payloads", "string.output.value.column.name", "payload")) {
            sink.putAndCommit(records);
        }

        assertThat(db.rows("SELECT \"__connect_offset\", record_value FROM target ORDER BY 1"))
            .containsExactly(Arrays.asList(10L, "{\"a\": 1}"), Arrays.asList(11L, "{\"a\": 2}"));
        assertThat(db.rows("SELECT \"__connect_offset\", payload::text FROM payloads ORDER BY 1"))
            .containsExactly(Arrays.asList(10L, "{\"a\": 1}"), Arrays.asList(11L, "{\"a\": 2}"));
    }

    @org.junit.jupiter.api.Test
    void withTrimSensitiveLogAFailedWriteIsToldWithoutTheDataWritten() {
        db.execute("CREATE TABLE target (id int PRIMARY KEY, secret text)", "INSERT INTO target VALUES (1, 'x')");
        Schema schema = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).field("secret", Schema.STRING_SCHEMA)
            .build();
        SinkRecord repeated = new SinkRecord("t", 0, null, null, schema,
            new Struct(schema).put("id", 1).put("secret", "card-4711-0815"), 3);

        Throwable told;
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "target")) {
            told = sink.failureOfWriting(repeated);
        }
        assertThat(chainOf(told)).contains("Key (id)=(1)").contains("offset=3");

        FakeSinkTaskContext dlq = FakeSinkTaskContext.withErrantRecordReporter();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "target",
            "trim.sensitive.log", "true")) {
            told = sink.failureOfWriting(repeated);
        }
        try (SinkTaskRunner sink = SinkTaskRunner.start(dlq, db, "table.name.format", "target",
            "trim.sensitive.log", "true")) {
            sink.putAndCommit(repeated);
        }
        assertThat(chainOf(told)).contains("SQLState 23505").contains("offset=3").contains("target_pkey")
            .doesNotContain("Key (id)").doesNotContain("card-4711").doesNotContain("(1)");
        assertThat(dlq.reported).hasSize(1);
        assertThat(chainOf(dlq.reported.get(0).error)).contains("SQLState 23505").doesNotContain("Key (id)")
            .doesNotContain("card-4711");
    }

    /** Every message and stack trace of the failure and its causes, as a worker's log or the DLQ headers show them. */
    private static String chainOf(Throwable failure) {
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        return trace.toString();
    }
}
