package io.ferry.connect.sink;

import org.apache.kafka.connect.data.Schema;

/** One value of a row with the Connect schema that says how to bind it. */
final class ColumnValue {
    private final Schema schema;
    private final Object value;

    ColumnValue(Schema schema, Object value) {
        this.schema = schema;
        this.value = value;
    }

    Schema schema() {
        return schema;
    }

    Object value() {
        return value;
    }
}
