package io.ferry.connect.postgres.types;

import java.time.Instant;
import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;

/**
 * Ferry's own logical type, inside the sink only: an instant to the nanosecond, held as a
 * {@link java.time.Instant}, e.g. an epoch number of {@code timestamp.fields.list}. It is written
 * as Connect's Timestamp is, without cutting it to the millisecond, and auto.create declares a
 * TIMESTAMP column for it.
 */
public final class NanoTimestamp {
    public static final String LOGICAL_NAME = "io.ferry.connect.NanoTimestamp";

    private NanoTimestamp() {
    }

    /**
     * The schema of such instants, as optional as the field they were counted from, with its
     * default (an Instant too, or null for none), so that auto.create declares the column as it
     * would the field's. Built directly: Connect's SchemaBuilder takes only a Long as an INT64's default.
     */
    public static Schema schema(boolean optional, Instant defaultValue) {
        return new ConnectSchema(Schema.Type.INT64, optional, defaultValue, LOGICAL_NAME, null, null);
    }
}
