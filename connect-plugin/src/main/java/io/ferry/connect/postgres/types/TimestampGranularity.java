package io.ferry.connect.postgres.types;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;

/**
 * {@code timestamp.granularity}: how the source puts the value of a timestamp or timestamptz
 * column into a record, with Confluent's names and formats. Only Connect's Timestamp drops the
 * microseconds; the other forms carry them (the nanosecond forms with three trailing zeros).
 */
public enum TimestampGranularity {
    /** Connect's Timestamp: milliseconds since the epoch. */
    CONNECT_LOGICAL,
    /** INT64 microseconds since the epoch. */
    MICROS_LONG,
    /** The microseconds since the epoch as decimal text. */
    MICROS_STRING,
    /** {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS}, the wall-clock time in db.timezone. */
    MICROS_ISO_DATETIME_STRING,
    /** INT64 nanoseconds since the epoch. */
    NANOS_LONG,
    /** The nanoseconds since the epoch as decimal text. */
    NANOS_STRING,
    /** {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS}, the wall-clock time in db.timezone. */
    NANOS_ISO_DATETIME_STRING;

    private static final DateTimeFormatter MICROS_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter NANOS_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TimestampGranularity parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The schema of a column's values, before it is made optional for a nullable column. */
    SchemaBuilder schema() {
        switch (this) {
            case CONNECT_LOGICAL:
                return Timestamp.builder();
            case MICROS_LONG:
            case NANOS_LONG:
                return SchemaBuilder.int64();
            default:
                return SchemaBuilder.string();
        }
    }

    /** A column's value, an exact instant, in this form; {@code zone} is db.timezone, for the ISO forms. */
    Object value(Instant instant, ZoneId zone) {
        switch (this) {
            case CONNECT_LOGICAL:
                return Date.from(instant);
            case MICROS_LONG:
                return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
            case MICROS_STRING:
                return Long.toString((Long) MICROS_LONG.value(instant, zone));
            case MICROS_ISO_DATETIME_STRING:
                return MICROS_ISO.format(instant.atZone(zone));
            case NANOS_LONG:
                return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
            case NANOS_STRING:
                return BigInteger.valueOf(instant.getEpochSecond()).multiply(NANOS_PER_SECOND)
                    .add(BigInteger.valueOf(instant.getNano())).toString();
            default:
                return NANOS_ISO.format(instant.atZone(zone));
        }
    }
}
