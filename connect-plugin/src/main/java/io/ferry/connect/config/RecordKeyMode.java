package io.ferry.connect.config;

/** The values of the source's {@code record.key.mode} (Ferry's own key): what a record's key holds. */
public enum RecordKeyMode {
    /** No key: null, as in Confluent's records. */
    NONE,
    /** A struct of the table's primary-key columns, in key order. */
    PRIMARY_KEY;

    public static RecordKeyMode parse(String value) {
        return EnumValidator.parse(RecordKeyMode.class, value);
    }
}
