package io.ferry.connect.jdbc;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * How a Connect value becomes the Java value bound for it: the one conversion both the
 * row-at-a-time binding ({@link ValueBinder}) and the array binding ({@link ArrayBinder}) use,
 * so both write the same thing.
 */
final class LogicalValues {
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);

    private final ZoneId dbTimeZone;

    LogicalValues(ZoneId dbTimeZone) {
        this.dbTimeZone = dbTimeZone;
    }

    static BigDecimal decimal(Object value) {
        return (BigDecimal) value;
    }

    static LocalDate date(Object value) {
        return LocalDate.ofEpochDay(Math.floorDiv(millis(value), MILLIS_PER_DAY));
    }

    static LocalTime time(Object value) {
        return LocalTime.ofNanoOfDay(TimeUnit.MILLISECONDS.toNanos(Math.floorMod(millis(value), MILLIS_PER_DAY)));
    }

    /** For {@code timestamp without time zone}: the wall-clock time in {@code db.timezone}. */
    LocalDateTime wallClockTimestamp(Object value) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis(value)), dbTimeZone);
    }

    /** For {@code timestamptz}: the instant itself. */
    static OffsetDateTime instantTimestamp(Object value) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis(value)), ZoneOffset.UTC);
    }

    static byte[] bytes(Object value) {
        if (value instanceof ByteBuffer) {
            ByteBuffer buffer = ((ByteBuffer) value).duplicate();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        return (byte[]) value;
    }

    private static long millis(Object value) {
        return ((Date) value).getTime();
    }
}
