package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every Connect type lands unchanged in its column, written as arrays and written row by row. */
class SinkTypesIT {
    /** How the rows travel: an array field (and column) makes every run go row by row. */
    enum Path {
        ARRAYS(EveryTypeRecords.fields().build(), "", ""),
        ROW_BY_ROW(EveryTypeRecords.fields().field("ints", SchemaBuilder.array(Schema.INT32_SCHEMA).optional().build())
            .build(), ", ints integer[]", ", ints::text");

        final Schema schema;
        final String extraColumn;
        final String extraSelected;

        Path(Schema schema, String extraColumn, String extraSelected) {
            this.schema = schema;
            this.extraColumn = extraColumn;
            this.extraSelected = extraSelected;
        }

        Struct everyValue(long id) {
            Struct value = EveryTypeRecords.usual(schema, id);
            return this == ROW_BY_ROW ? value.put("ints", Arrays.asList(1, 2, 3)) : value;
        }

        List<Object> expected(Object... values) {
            List<Object> expected = new ArrayList<>(Arrays.asList(values));
            if (this == ROW_BY_ROW) {
                expected.add("{1,2,3}");
            }
            return expected;
        }
    }

    private final Database db = PostgresServer.server().createDatabase("types");

    private void createTable(Path path) {
        db.execute("CREATE TABLE every_type (id bigint PRIMARY KEY, " + EveryTypeRecords.COLUMNS + path.extraColumn
            + ")");
    }

    private List<List<Object>> rowsAsText(Path path) {
        return db.rows("SELECT i8::text, i16::text, i32::text, i64::text, f32::text, "
            + "f64::text, flag::text, txt, vc, encode(bin, 'hex'), amount::text, day::text, tod::text, ts::text, "
            + "to_char(tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'), u::text, j::text, jb::text"
            + path.extraSelected + " FROM every_type ORDER BY id");
    }

    private void write(Path path, List<Struct> values, String... config) {
        String[] props = new String[config.length + 8];
        System.arraycopy(new String[] {"table.name.format", "every_type", "insert.mode", "upsert", "pk.mode",
            "record_value", "pk.fields", "id"}, 0, props, 0, 8);
        System.arraycopy(config, 0, props, 8, config.length);
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, props)) {
            List<SinkRecord> records = new ArrayList<>();
            for (Struct value : values) {
                records.add(new SinkRecord("t", 0, null, null, path.schema, value, records.size()));
            }
            sink.putAndCommit(records);
        }
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void writesEveryConnectTypeIntoItsColumnTypeUnchanged(Path path) {
        createTable(path);
        write(path, Arrays.asList(path.everyValue(1)));
        assertThat(rowsAsText(path)).containsExactly(path.expected("-5", "32000", "-2000000000",
            "9000000000000000000", "1.5", "2.25", "true", "héllo \"quoted\" 'single'", "short", "0102ff", "12345.678",
            "2024-02-29", "13:45:30.25", "2024-05-01 12:30:15.123", "2024-05-01 12:30:15.123",
            "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11", "{\"a\": [1, 2]}", "{\"b\": true}"));
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void writesManyRowsOfEveryTypeInOneStatement(Path path) {
        createTable(path);
        write(path, Arrays.asList(path.everyValue(1), new Struct(path.schema).put("id", 2L), path.everyValue(3),
            path.everyValue(4)));
        List<List<Object>> rows = rowsAsText(path);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(rows.get(2)).isEqualTo(rows.get(3)).doesNotContainNull();
        assertThat(rows.get(1)).containsOnlyNulls();
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void writesNullIntoEveryColumnType(Path path) {
        createTable(path);
        write(path, Arrays.asList(new Struct(path.schema).put("id", 2L)));
        List<Object> row = rowsAsText(path).get(0);
        assertThat(row).hasSize(path.schema.fields().size() - 1).containsOnlyNulls();
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void writesTimestampsWithoutTimeZoneAsWallClockTimeInTheDatabaseTimeZone(Path path) {
        createTable(path);
        write(path, Arrays.asList(path.everyValue(3)), "db.timezone", "Europe/Berlin");
        assertThat(db.rows("SELECT ts::text, to_char(tstz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') "
            + "FROM every_type")).containsExactly(Arrays.asList("2024-05-01 14:30:15.123", "2024-05-01 12:30:15.123"));
    }
}
