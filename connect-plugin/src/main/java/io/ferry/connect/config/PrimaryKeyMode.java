package io.ferry.connect.config;

/** The values of the sink's {@code pk.mode}: where a row's primary key comes from. */
public enum PrimaryKeyMode {
    /** No key: rows are only ever inserted. */
    NONE,
    /** The record's topic, partition and offset. */
    KAFKA,
    /** The record key: a primitive (one column) or a struct (some or all of its fields). */
    RECORD_KEY,
    /** Some or all fields of the record value. */
    RECORD_VALUE;

    public static PrimaryKeyMode parse(String value) {
        return EnumValidator.parse(PrimaryKeyMode.class, value);
    }
}
