package io.ferry.testing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The tables Confluent's PostgreSQL dialect (kafka-connect-jdbc 10.9.7) creates with auto.create
 * for the auto.create tests' two record schemas, as the column lists of its CREATE TABLE (its
 * exact text), and what the tests' records read back as. Both schemas have a field of every
 * Connect type a column is declared for:
 * <ul>
 *   <li>every type: {@code id} INT64 (the key, pk.mode=record_value), then optional {@code i8}
 *   INT8, {@code i16} INT16, {@code i32} INT32, {@code i64} INT64, {@code f32} FLOAT32, {@code f64}
 *   FLOAT64, {@code flag} BOOLEAN, {@code txt} and {@code vc} STRING, {@code bin} BYTES,
 *   {@code amount} Decimal(3), {@code day} Date, {@code tod} Time, {@code ts} and {@code tstz}
 *   Timestamp, {@code u}, {@code j} and {@code jb} STRING, {@code ints} ARRAY of optional INT32,
 *   {@code texts} ARRAY of STRING;</li>
 *   <li>defaults (pk.mode=none): each field required with a default (i32 optional), as
 *   {@link #DEFAULTS_AS_TEXT} lists them: i8 INT8 -8, i16 INT16 300, i32 INT32 -7, i64 INT64
 *   9000000000000000000, f32 FLOAT32 1.5, f64 FLOAT64 -2.25E-10, flag BOOLEAN true, txt STRING
 *   {@code it's a \ here}, bin BYTES 0102ff, amount Decimal(3) 12345.678, day Date 2024-02-29,
 *   tod Time 13:45:30.250, ts Timestamp 2024-05-01T12:30:15.123Z, ints ARRAY of INT32 [1,2,3],
 *   texts ARRAY of STRING [a, b'c], none ARRAY of INT16 [].</li>
 * </ul>
 */
public final class ConfluentTables {
    /** The every-type schema's table. */
    public static final String EVERY_TYPE = "(\n\"id\" BIGINT NOT NULL,\n\"i8\" SMALLINT NULL,\n"
        + "\"i16\" SMALLINT NULL,\n\"i32\" INT NULL,\n\"i64\" BIGINT NULL,\n\"f32\" REAL NULL,\n"
        + "\"f64\" DOUBLE PRECISION NULL,\n\"flag\" BOOLEAN NULL,\n\"txt\" TEXT NULL,\n\"vc\" TEXT NULL,\n"
        + "\"bin\" BYTEA NULL,\n\"amount\" DECIMAL NULL,\n\"day\" DATE NULL,\n\"tod\" TIME NULL,\n"
        + "\"ts\" TIMESTAMP NULL,\n\"tstz\" TIMESTAMP NULL,\n\"u\" TEXT NULL,\n\"j\" TEXT NULL,\n"
        + "\"jb\" TEXT NULL,\n\"ints\" INT[] NULL,\n\"texts\" TEXT[] NULL,\nPRIMARY KEY(\"id\"))";

    /** The every-type columns but id, each as text. */
    public static final String EVERY_COLUMN_AS_TEXT = "i8::text, i16::text, i32::text, i64::text, f32::text, "
        + "f64::text, flag::text, txt, vc, bin::text, amount::text, day::text, tod::text, ts::text, tstz::text, u, j, "
        + "jb, ints::text, texts::text";

    /** The usual value of each every-type field, as {@link #EVERY_COLUMN_AS_TEXT} reads it back. */
    public static final List<Object> EVERY_VALUE_AS_TEXT = Collections.unmodifiableList(Arrays.asList("-5",
        "32000", "-2000000000", "9000000000000000000", "1.5", "2.25", "true", "héllo \"quoted\" 'single'", "short",
        "\\x0102ff", "12345.678", "2024-02-29", "13:45:30.25", "2024-05-01 12:30:15.123", "2024-05-01 12:30:15.123",
        "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11", "{\"a\": [1, 2]}", "{\"b\":true}", "{1,NULL,3}", "{a,b'c}"));

    /**
     * The defaults schema's table: what Confluent's dialect writes where PostgreSQL takes it; where
     * it does not, what it means (marked): bytes as bytea hex rather than the bit string x'0102ff',
     * the string's quote doubled, the empty array with a type.
     */
    public static final String DEFAULTS = "(\n\"i8\" SMALLINT DEFAULT -8,\n\"i16\" SMALLINT DEFAULT 300,\n"
        + "\"i32\" INT DEFAULT -7,\n\"i64\" BIGINT DEFAULT 9000000000000000000,\n\"f32\" REAL DEFAULT 1.5,\n"
        + "\"f64\" DOUBLE PRECISION DEFAULT -2.25E-10,\n"
        + "\"flag\" BOOLEAN DEFAULT TRUE,\n"
        + "\"txt\" TEXT DEFAULT 'it''s a \\ here',\n" // Confluent: 'it's a \ here'
        + "\"bin\" BYTEA DEFAULT '\\x0102ff',\n" // Confluent: x'0102ff'
        + "\"amount\" DECIMAL DEFAULT 12345.678,\n\"day\" DATE DEFAULT '2024-02-29',\n"
        + "\"tod\" TIME DEFAULT '13:45:30.250',\n\"ts\" TIMESTAMP DEFAULT '2024-05-01 12:30:15.123',\n"
        + "\"ints\" INT[] DEFAULT ARRAY[1,2,3],\n\"texts\" TEXT[] DEFAULT ARRAY['a','b''c'],\n"
        + "\"none\" SMALLINT[] DEFAULT ARRAY[]::SMALLINT[])"; // Confluent: ARRAY[]

    /** The defaults' columns, each as text. */
    public static final String DEFAULT_COLUMNS_AS_TEXT = "i8::text, i16::text, i32::text, i64::text, f32::text, "
        + "f64::text, flag::text, txt, bin::text, amount::text, day::text, tod::text, ts::text, "
        + "ints::text, texts::text, none::text";

    /** The defaults, as {@link #DEFAULT_COLUMNS_AS_TEXT} reads them back. */
    public static final List<Object> DEFAULTS_AS_TEXT = Collections.unmodifiableList(Arrays.asList("-8", "300", "-7",
        "9000000000000000000", "1.5", "-2.25e-10", "true", "it's a \\ here", "\\x0102ff", "12345.678",
        "2024-02-29", "13:45:30.25", "2024-05-01 12:30:15.123", "{1,2,3}", "{a,b'c}", "{}"));

    private ConfluentTables() {
    }

    /** Creates the table in {@code schema} (created if missing) with Confluent's column list; returns it as read back. */
    public static TableStructure create(Database db, String schema, String table, String columns) {
        db.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"", "CREATE TABLE \"" + schema + "\".\"" + table
            + "\" " + columns);
        return TableStructure.of(db, schema, table);
    }
}
