package io.ferry.connect.postgres.types;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Ferry's own logical type, inside the sink only: an instant to the nanosecond, held as a
 * {@link java.time.Instant}, e.g. an epoch number of {@code timestamp.fields.list}. It is written
 * as Connect's Timestamp is, without cutting it to the millisecond.
 */
public final class NanoTimestamp {
    public static final String LOGICAL_NAME = "io.ferry.connect.NanoTimestamp";
    public static final Schema SCHEMA = SchemaBuilder.int64().name(LOGICAL_NAME).optional().build();

    private NanoTimestamp() {
    }
}
