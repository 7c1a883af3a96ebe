package io.ferry.stack;

import static io.ferry.stack.ConnectJsonRecords.array;
import static io.ferry.stack.ConnectJsonRecords.bytesValue;
import static io.ferry.stack.ConnectJsonRecords.date;
import static io.ferry.stack.ConnectJsonRecords.dateValue;
import static io.ferry.stack.ConnectJsonRecords.decimal;
import static io.ferry.stack.ConnectJsonRecords.decimalValue;
import static io.ferry.stack.ConnectJsonRecords.list;
import static io.ferry.stack.ConnectJsonRecords.time;
import static io.ferry.stack.ConnectJsonRecords.timeValue;
import static io.ferry.stack.ConnectJsonRecords.timestamp;
import static io.ferry.stack.ConnectJsonRecords.timestampValue;
import static io.ferry.stack.ConnectJsonRecords.type;
import static io.ferry.stack.ConnectJsonRecords.withDefault;

import io.ferry.stack.ConnectJsonRecords.Value;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The auto.create and auto.evolve records of {@link AutoCreateStackIT} as JsonConverter values:
 * the two schemas {@link io.ferry.testing.ConfluentTables} has Confluent's tables of, the versions
 * of an evolving item, and a Debezium change event.
 */
final class AutoCreateJson {
    private static final String INSTANT = "2024-05-01T12:30:15.123Z";

    private AutoCreateJson() {
    }

    /** Every type with its usual value; with {@code nulls}, every field but the id null. */
    static String everyType(long id, boolean nulls) {
        return new Value("every_type").field("id", "int64", false, id)
            .field("i8", "int8", true, nulls ? null : -5).field("i16", "int16", true, nulls ? null : 32000)
            .field("i32", "int32", true, nulls ? null : -2_000_000_000)
            .field("i64", "int64", true, nulls ? null : 9_000_000_000_000_000_000L)
            .field("f32", "float", true, nulls ? null : 1.5).field("f64", "double", true, nulls ? null : 2.25)
            .field("flag", "boolean", true, nulls ? null : true)
            .field("txt", "string", true, nulls ? null : "héllo \"quoted\" 'single'")
            .field("vc", "string", true, nulls ? null : "short")
            .field("bin", "bytes", true, nulls ? null : bytesValue((byte) 1, (byte) 2, (byte) 0xff))
            .field("amount", decimal(3, true), nulls ? null : decimalValue("12345.678"))
            .field("day", date(true), nulls ? null : dateValue(LocalDate.of(2024, 2, 29)))
            .field("tod", time(true), nulls ? null : timeValue(LocalTime.of(13, 45, 30, 250_000_000)))
            .field("ts", timestamp(true), nulls ? null : timestampValue(INSTANT))
            .field("tstz", timestamp(true), nulls ? null : timestampValue(INSTANT))
            .field("u", "string", true, nulls ? null : "0b6f7c1e-9d3a-4a3e-8f1e-2c7d5b9a4e11")
            .field("j", "string", true, nulls ? null : "{\"a\": [1, 2]}")
            .field("jb", "string", true, nulls ? null : "{\"b\":true}")
            .field("ints", array(type("int32", true), true), nulls ? null : list(1, null, 3))
            .field("texts", array(type("string", false), true), nulls ? null : list("a", "b'c"))
            .envelope();
    }

    /** Every type, each field with a default and no value: the record is its defaults. */
    static String defaults() {
        return new Value("defaults")
            .field("i8", withDefault(type("int8", false), -8), null)
            .field("i16", withDefault(type("int16", false), 300), null)
            .field("i32", withDefault(type("int32", true), -7), null)
            .field("i64", withDefault(type("int64", false), 9_000_000_000_000_000_000L), null)
            .field("f32", withDefault(type("float", false), 1.5), null)
            .field("f64", withDefault(type("double", false), -2.25e-10), null)
            .field("flag", withDefault(type("boolean", false), true), null)
            .field("txt", withDefault(type("string", false), "it's a \\ here"), null)
            .field("bin", withDefault(type("bytes", false), bytesValue((byte) 1, (byte) 2, (byte) 0xff)), null)
            .field("amount", withDefault(decimal(3, false), decimalValue("12345.678")), null)
            .field("day", withDefault(date(false), dateValue(LocalDate.of(2024, 2, 29))), null)
            .field("tod", withDefault(time(false), timeValue(LocalTime.of(13, 45, 30, 250_000_000))), null)
            .field("ts", withDefault(timestamp(false), timestampValue(INSTANT)), null)
            .field("ints", withDefault(array(type("int32", false), false), list(1, 2, 3)), null)
            .field("texts", withDefault(array(type("string", false), false), list("a", "b'c")), null)
            .field("none", withDefault(array(type("int16", false), false), list()), null)
            .envelope();
    }

    /** An item as first written: id and name. */
    static String itemV1(int id) {
        return new Value("item").field("id", "int32", false, id).field("name", "string", true, "v1-" + id)
            .envelope();
    }

    /** An item later: an optional colour, and a quantity with a default. */
    static String itemV2(int id) {
        return new Value("item").field("id", "int32", false, id).field("name", "string", true, "v2-" + id)
            .field("colour", "string", true, "red").field("qty", withDefault(type("int32", false), 1), 5)
            .envelope();
    }

    /** An item with a required price and no default, which auto.evolve cannot add. */
    static String itemWithRequiredPrice(int id) {
        return new Value("item").field("id", "int32", false, id).field("name", "string", true, "p-" + id)
            .field("price", "int64", false, 100).envelope();
    }

    /** A row of Debezium's PostgreSQL connector's products table. */
    private static Value product(int id, String name, String price) {
        return new Value("dbz.inventory.products.Value").field("id", "int32", false, id)
            .field("name", "string", true, name)
            .field("price", decimal(2, true), decimalValue(price))
            .field("created", type("int64", true).put("name", "io.debezium.time.MicroTimestamp").put("version", 1),
                1_714_566_615_123_456L);
    }

    /**
     * A change event as Debezium's PostgreSQL connector writes it: before and after, source, op,
     * ts_ms; {@code before} null for a create ({@code op} c).
     */
    static String changeEvent(String op, int id, String name, String price, String oldName) {
        Value after = product(id, name, price);
        Value before = oldName == null ? null : product(id, oldName, price);
        Value source = new Value("io.debezium.connector.postgresql.Source")
            .field("version", "string", false, "2.7.3.Final").field("connector", "string", false, "postgresql")
            .field("name", "string", false, "dbz").field("ts_ms", "int64", false, 1_714_566_615_123L)
            .field("db", "string", false, "inventory").field("schema", "string", false, "public")
            .field("table", "string", false, "products");
        return new Value("dbz.inventory.products.Envelope")
            .field("before", after.schema(true), before == null ? null : before.payload())
            .field("after", after.schema(true), after.payload())
            .field("source", source.schema(false), source.payload())
            .field("op", "string", false, op).field("ts_ms", "int64", true, 1_714_566_615_200L)
            .envelope();
    }
}
