package io.ferry.connect.sink;

import io.ferry.connect.config.TimestampPrecisionMode;
import io.ferry.connect.config.WriteOptions;
import io.ferry.connect.postgres.types.NanoTimestamp;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * {@code timestamp.fields.list} with {@code timestamp.precision.mode}: the epoch numbers of the
 * listed columns (an INT64, or a STRING of digits) become instants to the nanosecond
 * ({@link NanoTimestamp}), written into timestamp columns as Confluent's sink writes them. Values
 * of other types and Connect's Timestamps are left as they are, as Confluent leaves them. A null
 * takes the instants' schema too, and so does the field's default, so that auto.create and
 * auto.evolve declare a TIMESTAMP column, whichever record comes first (as Confluent's sink
 * declares one); a default that counts no instant is left out of the declaration.
 */
final class EpochTimestampFields {
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private final Set<String> fields;
    private final TimestampPrecisionMode precision;

    EpochTimestampFields(WriteOptions options) {
        this.fields = options.timestampFields();
        this.precision = options.timestampPrecision();
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Replaces the listed columns' epoch numbers among the row's values by the instants they count. */
    void convert(SinkRecord record, Map<String, ColumnValue> values) {
        for (String field : fields) {
            ColumnValue value = values.get(field);
            if (value != null && isEpochNumber(value.schema())) {
                Instant instant = value.value() == null ? null : instant(record, field, value.value());
                values.put(field, new ColumnValue(instantSchema(value.schema()), instant));
            }
        }
    }

    private Schema instantSchema(Schema number) {
        Instant defaultValue = null;
        if (number.defaultValue() != null) {
            try {
                defaultValue = counted(number.defaultValue());
            } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
                defaultValue = null; // declared without a default
            }
        }
        return NanoTimestamp.schema(number.isOptional(), defaultValue);
    }

    private static boolean isEpochNumber(Schema schema) {
        return schema.type() == Schema.Type.STRING
            || schema.type() == Schema.Type.INT64 && !Timestamp.LOGICAL_NAME.equals(schema.name());
    }

    private Instant instant(SinkRecord record, String field, Object value) {
        try {
            Instant instant = counted(value);
            instant.toEpochMilli(); // the writer counts in milliseconds too; far beyond PostgreSQL's years anyway
            return instant;
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw new BadRecordException(record, "field '" + field + "' is in timestamp.fields.list, and '" + value
                + "' is not a number of " + precision.name().toLowerCase(Locale.ROOT)
                + " since 1970-01-01T00:00:00Z that a timestamp can hold");
        }
    }

    private Instant counted(Object value) {
        if (value instanceof String) {
            return precision == TimestampPrecisionMode.MICROSECONDS ? fromMicros(Long.parseLong((String) value))
                : fromNanos(new BigInteger((String) value));
        }
        long number = (Long) value;
        return precision == TimestampPrecisionMode.MICROSECONDS ? fromMicros(number)
            : fromNanos(BigInteger.valueOf(number));
    }

    private static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Whole seconds rounded down and the nanoseconds after them, so that times before 1970 count back too. */
    private static Instant fromNanos(BigInteger nanos) {
        BigInteger[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
        BigInteger seconds = secondsAndNanos[0];
        BigInteger rest = secondsAndNanos[1];
        if (rest.signum() < 0) {
            seconds = seconds.subtract(BigInteger.ONE);
            rest = rest.add(NANOS_PER_SECOND);
        }
        return Instant.ofEpochSecond(seconds.longValueExact(), rest.longValueExact());
    }
}
