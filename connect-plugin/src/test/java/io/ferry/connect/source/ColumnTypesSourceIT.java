package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every mapped PostgreSQL type, read from a real table into its Connect schema and exact value. */
class ColumnTypesSourceIT {
    private static final TableId ALL_TYPES = new TableId("public", "all_types");
    private static final TableId SPECIAL_TYPES = new TableId("public", "special_types");
    private static Database db;

    @BeforeAll
    static void createTable() {
        db = PostgresServer.server().createDatabase("source_types");
        db.execute("CREATE TABLE all_types (id serial PRIMARY KEY, c_smallint smallint, c_integer integer NOT NULL,"
                + " c_bigint bigint, c_real real, c_double double precision, c_numeric numeric(10,2),"
                + " c_numeric_plain numeric, c_boolean boolean, c_text text, c_varchar varchar(20), c_char char(3),"
                + " c_timestamp timestamp, c_timestamptz timestamptz, c_date date, c_time time, c_bytea bytea,"
                + " c_uuid uuid, c_json json, c_jsonb jsonb)",
            "INSERT INTO all_types (c_smallint, c_integer, c_bigint, c_real, c_double, c_numeric, c_numeric_plain,"
                + " c_boolean, c_text, c_varchar, c_char, c_timestamp, c_timestamptz, c_date, c_time, c_bytea, c_uuid,"
                + " c_json, c_jsonb) VALUES (-12, 123456, 9876543210, 1.5, 2.25, 12345678.91, 3.14159265358979,"
                + " true, 'hello', 'várchar', 'ab', '2024-02-29 13:45:30.123456', '2024-02-29 13:45:30.987+09',"
                + " '2024-02-29', '13:45:30.5', '\\xdeadbeef', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',"
                + " '{\"a\": 1}', '{\"b\": [1, 2]}')",
            "INSERT INTO all_types (c_integer) VALUES (0)");
        db.execute("CREATE TABLE special_types (id serial PRIMARY KEY, c_char \"char\", c_oid oid, c_timetz timetz,"
                + " c_bit bit, c_bit3 bit(3), c_bit8 bit(8), c_bit12 bit(12), c_varbit varbit, c_money money)",
            "INSERT INTO special_types (c_char, c_oid, c_timetz, c_bit, c_bit3, c_bit8, c_bit12, c_varbit, c_money)"
                + " VALUES ('x', 4294967295, '13:45:30.5+09', B'1', B'101', B'10000000', B'101000000001', B'1',"
                + " '-92233720368547758.08'),"
                + " ('', 0, '01:00:00.001+09', B'0', B'011', B'01111111', B'000000000000', B'', '-1234.56'),"
                + " (NULL, NULL, '23:00:00-05:30', B'0', B'000', B'11111111', B'111111111111', B'0110011001100110011',"
                + " '92233720368547758.07')",
            "INSERT INTO special_types (c_char) VALUES (NULL)");
    }

    private static List<SourceRecord> readAll(Map<String, String> overrides) throws InterruptedException {
        return read(ALL_TYPES, 2, overrides);
    }

    private static List<SourceRecord> read(TableId table, int rows, Map<String, String> overrides)
        throws InterruptedException {
        Map<String, String> props = new java.util.HashMap<>(Map.of("table.whitelist", table.table()));
        props.putAll(overrides);
        SourceTaskRunner runner = new SourceTaskRunner(db, props, table);
        PostgresSourceTask task = runner.start();
        List<SourceRecord> records = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= rows, 10_000);
        task.stop();
        assertThat(records).hasSize(rows);
        return records;
    }

    /** The rows of special_types, in id order. */
    private static List<SourceRecord> readSpecialTypes() throws InterruptedException {
        return read(SPECIAL_TYPES, 4, Map.of());
    }

    private static Schema schemaOf(List<SourceRecord> records, String column) {
        return records.get(0).valueSchema().field(column).schema();
    }

    /** The values of one column in the records, in order. */
    private static List<Object> valuesOf(List<SourceRecord> records, String column) {
        List<Object> values = new java.util.ArrayList<>();
        records.forEach(record -> values.add(((Struct) record.value()).get(column)));
        return values;
    }

    @Test
    void readsEveryMappedTypeIntoItsSchemaAndExactValue() throws Exception {
        SourceRecord record = readAll(Map.of()).get(0);
        Schema schema = record.valueSchema();
        Struct value = (Struct) record.value();

        assertThat(schema.fields()).extracting(Field::name).startsWith("id", "c_smallint", "c_integer")
            .endsWith("c_json", "c_jsonb");
        assertThat(schema.field("c_smallint").schema().type()).isEqualTo(Schema.Type.INT16);
        assertThat(value.get("c_smallint")).isEqualTo((short) -12);
        assertThat(value.get("c_integer")).isEqualTo(123456);
        assertThat(value.get("c_bigint")).isEqualTo(9876543210L);
        assertThat(value.get("c_real")).isEqualTo(1.5f);
        assertThat(value.get("c_double")).isEqualTo(2.25);
        assertThat(schema.field("c_numeric").schema().name()).isEqualTo(Decimal.LOGICAL_NAME);
        assertThat(schema.field("c_numeric").schema().parameters()).containsEntry(Decimal.SCALE_FIELD, "2");
        assertThat(value.get("c_numeric")).isEqualTo(new BigDecimal("12345678.91"));
        assertThat(value.get("c_numeric_plain")).isEqualTo("3.14159265358979");
        assertThat(value.get("c_boolean")).isEqualTo(true);
        assertThat(value.get("c_text")).isEqualTo("hello");
        assertThat(value.get("c_varchar")).isEqualTo("várchar");
        assertThat(value.get("c_char")).isEqualTo("ab ");
        assertThat(schema.field("c_timestamp").schema().name()).isEqualTo(Timestamp.LOGICAL_NAME);
        assertThat(((Date) value.get("c_timestamp")).toInstant()).isEqualTo(Instant.parse("2024-02-29T13:45:30.123Z"));
        assertThat(((Date) value.get("c_timestamptz")).toInstant()).isEqualTo(Instant.parse("2024-02-29T04:45:30.987Z"));
        assertThat(((Date) value.get("c_date")).getTime())
            .isEqualTo(LocalDate.parse("2024-02-29").toEpochDay() * 86_400_000L);
        assertThat(((Date) value.get("c_time")).getTime()).isEqualTo(((13 * 60 + 45) * 60 + 30) * 1000L + 500);
        assertThat(value.get("c_bytea")).isEqualTo(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
        assertThat(value.get("c_uuid")).isEqualTo("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        assertThat(value.get("c_json")).isEqualTo("{\"a\": 1}");
        assertThat(value.get("c_jsonb")).isEqualTo("{\"b\": [1, 2]}");
    }

    @Test
    void readsNullsIntoOptionalFieldsAndKeepsNotNullColumnsRequired() throws Exception {
        SourceRecord record = readAll(Map.of()).get(1);
        Struct value = (Struct) record.value();

        assertThat(record.valueSchema().fields()).extracting(Field::name).contains("id", "c_integer", "c_text", "c_jsonb");
        for (Field field : record.valueSchema().fields()) {
            if (field.name().equals("id") || field.name().equals("c_integer")) {
                assertThat(field.schema().isOptional()).as(field.name()).isFalse();
            } else {
                assertThat(field.schema().isOptional()).as(field.name()).isTrue();
                assertThat(value.get(field)).as(field.name()).isNull();
            }
        }
    }

    @Test
    void readsTimestampsWithoutTimeZoneInTheDatabaseTimeZone() throws Exception {
        Struct value = (Struct) readAll(Map.of("db.timezone", "Asia/Seoul")).get(0).value();

        assertThat(((Date) value.get("c_timestamp")).toInstant()).isEqualTo(Instant.parse("2024-02-29T04:45:30.123Z"));
        assertThat(((Date) value.get("c_timestamptz")).toInstant()).isEqualTo(Instant.parse("2024-02-29T04:45:30.987Z"));
    }

    @Test
    void readsTimestampsWithTheirMicrosecondsInTheGranularityAsked() throws Exception {
        Map<String, Object> expected = Map.of(
            "micros_long", 1_709_235_930_123_456L,
            "nanos_string", "1709235930123456000",
            "micros_iso_datetime_string", "2024-02-29T13:45:30.123456",
            "nanos_iso_datetime_string", "2024-02-29T13:45:30.123456000");
        for (Map.Entry<String, Object> granularity : expected.entrySet()) {
            SourceRecord record = readAll(Map.of("timestamp.granularity", granularity.getKey(),
                "db.timezone", "America/Chicago")).get(0);
            Struct value = (Struct) record.value();

            assertThat(value.get("c_timestamp")).as(granularity.getKey()).isEqualTo(granularity.getValue());
            assertThat(record.valueSchema().field("c_date").schema().name()).isEqualTo(
                org.apache.kafka.connect.data.Date.LOGICAL_NAME);
        }
    }

    @Test
    void mapsNumericsByBestFitWhenAsked() throws Exception {
        Struct value = (Struct) readAll(Map.of("numeric.mapping", "best_fit")).get(0).value();

        assertThat(value.get("c_numeric")).isEqualTo(12345678.91);
    }

    @Test
    void readsTheOneByteCharAsAStringOfItsCharacterAsConfluentDoes() throws Exception {
        List<SourceRecord> records = readSpecialTypes();
        assertThat(schemaOf(records, "c_char")).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(valuesOf(records, "c_char")).containsExactly("x", "", null, null);
    }

    @Test
    void readsOidsAsInt64AsConfluentDoes() throws Exception {
        List<SourceRecord> records = readSpecialTypes();
        assertThat(schemaOf(records, "c_oid")).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
        assertThat(valuesOf(records, "c_oid")).containsExactly(4294967295L, 0L, null, null);
    }

    @Test
    void readsTimesWithTimeZoneAsTheirTimeOfDayInUtc() throws Exception {
        List<SourceRecord> records = readSpecialTypes();
        assertThat(schemaOf(records, "c_timetz").name()).isEqualTo(Time.LOGICAL_NAME);
        assertThat(valuesOf(records, "c_timetz")).containsExactly(new Date(((4 * 60 + 45) * 60 + 30) * 1000L + 500),
            new Date(16 * 3_600_000L + 1), new Date((4 * 60 + 30) * 60_000L), null);
    }

    @Test
    void readsBitStringsIntoConfluentsSchemaForTheirLengthWithTheirBitsValue() throws Exception {
        List<SourceRecord> records = readSpecialTypes();
        assertThat(schemaOf(records, "c_bit")).isEqualTo(Schema.OPTIONAL_BOOLEAN_SCHEMA);
        assertThat(valuesOf(records, "c_bit")).containsExactly(true, false, false, null);
        assertThat(schemaOf(records, "c_bit3")).isEqualTo(Schema.OPTIONAL_INT8_SCHEMA);
        assertThat(valuesOf(records, "c_bit3")).containsExactly((byte) 5, (byte) 3, (byte) 0, null);
        assertThat(valuesOf(records, "c_bit8")).containsExactly((byte) -128, (byte) 127, (byte) -1, null);
        assertThat(schemaOf(records, "c_bit12")).isEqualTo(Schema.OPTIONAL_BYTES_SCHEMA);
        assertThat(valuesOf(records, "c_bit12")).containsExactly("101000000001".getBytes(StandardCharsets.US_ASCII),
            "000000000000".getBytes(StandardCharsets.US_ASCII), "111111111111".getBytes(StandardCharsets.US_ASCII),
            null);
    }

    @Test
    void readsVaryingBitStringsThatConfluentLeavesOutAsTheTextOfTheirBits() throws Exception {
        List<SourceRecord> records = readSpecialTypes();
        assertThat(schemaOf(records, "c_varbit")).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(valuesOf(records, "c_varbit")).containsExactly("1", "", "0110011001100110011", null);
    }

    @Test
    void readsMoneyAsConfluentsFloat64EvenWhereItsTextHasThousandsSeparators() throws Exception {
        List<SourceRecord> records = readSpecialTypes();
        assertThat(schemaOf(records, "c_money")).isEqualTo(Schema.OPTIONAL_FLOAT64_SCHEMA);
        assertThat(valuesOf(records, "c_money")).containsExactly(-92233720368547758.08, -1234.56,
            92233720368547758.07, null);
    }
}
