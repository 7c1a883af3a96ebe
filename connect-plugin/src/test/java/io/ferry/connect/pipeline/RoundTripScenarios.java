package io.ferry.connect.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;


/**
 * What a user checks after running the seed's pipeline: the target table holds exactly the
 * source's rows, column for column. Shared by the embedded-server and the Testcontainers tests.
 */
final class RoundTripScenarios {
    /** Every type the source maps, in a table whose timestamp column the seed's transforms convert. */
    static final String ALL_TYPES_TABLE = "CREATE TABLE all_types (id serial PRIMARY KEY,"
        + " \"timestamp\" timestamp, c_timestamptz timestamptz, c_date date, c_time time,"
        + " c_smallint smallint, c_integer integer NOT NULL, c_bigint bigint, c_real real, c_double double precision,"
        + " c_numeric numeric(12,3), c_numeric_plain numeric, c_boolean boolean,"
        + " c_text text, c_varchar varchar(20), c_char char(3), c_bytea bytea, c_uuid uuid, c_json json, c_jsonb jsonb)";

    private static final String ALL_TYPES_ROWS = "INSERT INTO all_types (\"timestamp\", c_timestamptz, c_date, c_time,"
        + " c_smallint, c_integer, c_bigint, c_real, c_double, c_numeric, c_numeric_plain, c_boolean,"
        + " c_text, c_varchar, c_char, c_bytea, c_uuid, c_json, c_jsonb) VALUES"
        + " ('2024-02-29 13:45:30.123', '2024-02-29 13:45:30.987+09', '2024-02-29', '13:45:30.5',"
        + "  -12, 123456, 9876543210, 1.5, 2.25, 123456789.125, 3.14159265358979, true,"
        + "  'hello', 'várchar', 'ab', '\\xdeadbeef', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',"
        + "  '{\"a\": 1}', '{\"b\": [1, 2]}'),"
        + " ('1999-12-31 23:59:59.999', '1970-01-01 00:00:00+00', '1900-01-01', '00:00:00',"
        + "  32767, -2147483648, -9223372036854775808, -0.25, 1e300, -0.001, -123456789012345678901234567890.5, false,"
        + "  '', 'x', 'abc', '\\x', '00000000-0000-0000-0000-000000000000', '[]', 'null'),"
        + " (NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL,"
        + "  NULL, NULL, NULL, NULL, NULL, NULL, NULL)";

    /** The types that need more than a plain column read or bind, each with values at its edges. */
    static final String SPECIAL_TYPES_TABLE = "CREATE TABLE special_types (id serial PRIMARY KEY,"
        + " c_char \"char\", c_oid oid, c_timetz timetz, c_bit bit, c_bit3 bit(3), c_bit8 bit(8), c_bit12 bit(12),"
        + " c_varbit varbit, c_money money)";

    /**
     * Times with time zone in UTC: Connect's Time has no offset, so one of +09 arrives as the same
     * instant at +00. Money up to 15 significant digits, all that a FLOAT64 holds to the cent.
     */
    private static final String SPECIAL_TYPES_ROWS = "INSERT INTO special_types (c_char, c_oid, c_timetz, c_bit,"
        + " c_bit3, c_bit8, c_bit12, c_varbit, c_money) VALUES"
        + " ('x', 4294967295, '13:45:30.5+00', B'1', B'101', B'10000000', B'101000000001', B'0110011001100110011',"
        + " '-9999999999999.99'),"
        + " ('', 0, '00:00:00+00', B'0', B'011', B'01111111', B'000000000000', B'', '1234.56'),"
        + " (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)";

    /** Arrays of each element type the source reads, with NULL elements, empty arrays and NULL arrays. */
    static final String ARRAY_TYPES_TABLE = "CREATE TABLE array_types (id serial PRIMARY KEY, ints int[],"
        + " smalls smallint[], bigs bigint[] NOT NULL, texts text[], varchars varchar(5)[], amounts numeric(10,2)[],"
        + " plain_numbers numeric[], flags boolean[], doubles float8[], reals real[], days date[], times time[],"
        + " stamps timestamp[], instants timestamptz[], blobs bytea[], ids uuid[], docs jsonb[])";

    private static final String ARRAY_TYPES_ROWS = "INSERT INTO array_types (ints, smalls, bigs, texts, varchars,"
        + " amounts, plain_numbers, flags, doubles, reals, days, times, stamps, instants, blobs, ids, docs) VALUES"
        + " ('{1,NULL,-2147483648}', '{-32768,NULL}', '{9223372036854775807}', '{\"a,b\",NULL,\"NULL\",\"\",\"é\"}',"
        + "  '{x,NULL}', '{1.50,NULL,-99999999.99}', '{3.14159265358979,NULL,-1e-20}', '{t,NULL,f}',"
        + "  '{1e300,NULL,-0.5}', '{1.5,NULL}', '{2024-02-29,NULL,0001-01-01}', '{13:45:30.5,NULL}',"
        + "  '{\"2024-02-29 13:45:30.123\",NULL}', '{\"2024-02-29 13:45:30.987+00\",NULL}',"
        + "  '{\"\\\\xdeadbeef\",NULL,\"\\\\x\"}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,NULL}',"
        + "  ARRAY['{\"a\": [1, 2]}'::jsonb, NULL]),"
        + " ('{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}'),"
        + " (NULL, NULL, '{}', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)";

    private RoundTripScenarios() {
    }

    static void everyMappedTypeArrivesUnchanged(Database source, Database target) throws Exception {
        rowsArriveUnchanged(source, target, "all_types", ALL_TYPES_TABLE, ALL_TYPES_ROWS);
    }

    static void specialTypesArriveUnchanged(Database source, Database target) throws Exception {
        rowsArriveUnchanged(source, target, "special_types", SPECIAL_TYPES_TABLE, SPECIAL_TYPES_ROWS);
    }

    static void arraysArriveUnchanged(Database source, Database target) throws Exception {
        rowsArriveUnchanged(source, target, "array_types", ARRAY_TYPES_TABLE, ARRAY_TYPES_ROWS);
    }

    /** Creates the table in both databases, inserts the (three) rows into the source and carries them over. */
    private static void rowsArriveUnchanged(Database source, Database target, String table, String create,
                                            String insert) throws Exception {
        source.execute(create, insert);
        target.execute(create);
        try (SeedPipeline pipeline = new SeedPipeline(source, target, table)) {
            pipeline.carry(3, 30_000);
        }
        assertSameRows(source, target, table);
    }

    static void seedIrisRowsArriveUnchanged(Database source, Database target) throws Exception {
        IrisTable.createIn(source);
        IrisTable.createIn(target);
        source.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, petal_width, target)"
            + " SELECT date_trunc('milliseconds', now()) - i * interval '1.001 second', 4 + random() * 4,"
            + " 2 + random() * 2.5, 1 + random() * 6, random() * 2.5, i % 3 FROM generate_series(1, 1000) i");
        try (SeedPipeline pipeline = new SeedPipeline(source, target, "iris_data")) {
            pipeline.carry(1000, 60_000);
        }
        assertSameRows(source, target, "iris_data");
    }

    /** Compares whole rows by PostgreSQL's own text form of each row, so every column counts. */
    static void assertSameRows(Database source, Database target, String table) {
        String query = "SELECT t::text FROM " + table + " t ORDER BY id";
        assertThat(target.rows(query)).as("rows of %s in the target", table).isEqualTo(source.rows(query))
            .isNotEmpty();
    }
}
