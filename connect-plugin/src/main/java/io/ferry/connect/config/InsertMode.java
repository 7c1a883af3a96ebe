package io.ferry.connect.config;

/** The values of the sink's {@code insert.mode}: how a record with a value becomes a row. */
public enum InsertMode {
    /** Plain INSERT: a key that already exists is an error. */
    INSERT,
    /** INSERT ... ON CONFLICT DO UPDATE: the row ends up holding the record's values. */
    UPSERT,
    /** UPDATE ... WHERE key: a row that does not exist is left alone. */
    UPDATE;

    public static InsertMode parse(String value) {
        return EnumValidator.parse(InsertMode.class, value);
    }
}
