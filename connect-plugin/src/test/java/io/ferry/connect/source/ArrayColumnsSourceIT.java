package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** PostgreSQL arrays, which Confluent's connector leaves out, read into Connect arrays of their elements' schemas. */
class ArrayColumnsSourceIT {
    private static final long DAY_MS = 86_400_000L;

    private final Database db = PostgresServer.server().createDatabase("source_arrays");

    private List<SourceRecord> read(String table, int rows) throws InterruptedException {
        SourceTaskRunner runner = SourceTaskRunner.forPublicTable(db, table, Map.of());
        PostgresSourceTask task = runner.start();
        try {
            List<SourceRecord> records = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= rows,
                10_000);
            assertThat(records).hasSize(rows);
            return records;
        } finally {
            task.stop();
        }
    }

    private static Object value(SourceRecord record, String column) {
        return ((Struct) record.value()).get(column);
    }

    @Test
    void readsArraysOfEachElementTypeWithNullElementsAndEmptyArrays() throws Exception {
        db.execute("CREATE TABLE lists (id serial PRIMARY KEY, ints int[], bigs bigint[] NOT NULL, texts text[],"
                + " amounts numeric(10,2)[], flags boolean[], doubles float8[], reals real[], days date[],"
                + " stamps timestamp[], instants timestamptz[])",
            "INSERT INTO lists (ints, bigs, texts, amounts, flags, doubles, reals, days, stamps, instants) VALUES"
                + " ('{1,NULL,-2147483648}', '{9223372036854775807}', '{\"a,b\",NULL,\"NULL\",\"\",\"é\"}',"
                + " '{1.5,NULL,-99999999.99}', '{t,NULL,f}', '{1e300,NULL,-0.5}', '{1.5,NULL}', '{2024-02-29,NULL}',"
                + " '{\"2024-02-29 13:45:30.123456\",NULL}', '{\"2024-02-29 13:45:30.987+09\",NULL}'),"
                + " ('{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}'),"
                + " (NULL, '{}', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");

        List<SourceRecord> records = read("lists", 3);
        SourceRecord first = records.get(0);
        Schema schema = first.valueSchema();

        assertThat(schema.field("ints").schema())
            .isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_INT32_SCHEMA).optional().build());
        assertThat(schema.field("bigs").schema()).isEqualTo(SchemaBuilder.array(Schema.OPTIONAL_INT64_SCHEMA).build());
        assertThat(schema.field("amounts").schema().valueSchema().name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(schema.field("instants").schema().valueSchema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(value(first, "ints")).isEqualTo(Arrays.asList(1, null, Integer.MIN_VALUE));
        assertThat(value(first, "bigs")).isEqualTo(List.of(Long.MAX_VALUE));
        assertThat(value(first, "texts")).isEqualTo(Arrays.asList("a,b", null, "NULL", "", "é"));
        assertThat(value(first, "amounts"))
            .isEqualTo(Arrays.asList(new BigDecimal("1.50"), null, new BigDecimal("-99999999.99")));
        assertThat(value(first, "flags")).isEqualTo(Arrays.asList(true, null, false));
        assertThat(value(first, "doubles")).isEqualTo(Arrays.asList(1e300, null, -0.5));
        assertThat(value(first, "reals")).isEqualTo(Arrays.asList(1.5f, null));
        assertThat(value(first, "days")).isEqualTo(Arrays.asList(new Date(LocalDate.of(2024, 2, 29).toEpochDay() * DAY_MS),
            null));
        assertThat(value(first, "stamps")).isEqualTo(Arrays.asList(Date.from(Instant.parse("2024-02-29T13:45:30.123Z")),
            null));
        assertThat(value(first, "instants")).isEqualTo(Arrays.asList(Date.from(Instant.parse("2024-02-29T04:45:30.987Z")),
            null));
        assertThat(records.get(1).value()).satisfies(empty -> schema.fields().stream()
            .filter(f -> !f.name().equals("id")).forEach(f -> assertThat(((Struct) empty).get(f)).as(f.name())
                .isEqualTo(List.of())));
        assertThat(value(records.get(2), "ints")).isNull();
    }

    @Test
    void keepsTheElementsOfAnArrayWhoseLowerBoundIsNotOne() throws Exception {
        db.execute("CREATE TABLE shifted (id serial PRIMARY KEY, ints int[])",
            "INSERT INTO shifted (ints) VALUES ('[0:2]={7,8,9}')");

        assertThat(value(read("shifted", 1).get(0), "ints")).isEqualTo(List.of(7, 8, 9));
    }

    @Test
    void leavesOutAColumnDeclaredWithMoreThanOneDimension() throws Exception {
        db.execute("CREATE TABLE matrices (id serial PRIMARY KEY, cells int[][], label text)",
            "INSERT INTO matrices (cells, label) VALUES ('{{1,2},{3,4}}', 'a')");

        SourceRecord record = read("matrices", 1).get(0);
        assertThat(record.valueSchema().field("cells")).isNull();
        assertThat(value(record, "label")).isEqualTo("a");
    }

    @Test
    void failsTheReadOfAValueOfMoreDimensionsThanItsColumnWasDeclaredWithNamingTheColumn() {
        db.execute("CREATE TABLE sneaky (id serial PRIMARY KEY, ints int[])",
            "INSERT INTO sneaky (ints) VALUES ('{{1,2},{3,4}}')");

        assertThatThrownBy(() -> read("sneaky", 1)).isInstanceOf(ConnectException.class)
            .hasMessageContaining("ints").hasMessageContaining("public.sneaky")
            .hasMessageContaining("more than one dimension");
    }
}
