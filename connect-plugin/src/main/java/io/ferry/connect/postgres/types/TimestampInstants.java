package io.ferry.connect.postgres.types;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The exact instant, to the microsecond, of a timestamp or timestamptz value, read from a result set or
 * bound into a statement. A timestamp without time zone holds the wall-clock time of the instant in
 * {@code db.timezone}, both ways. What record values, offsets and the timestamp modes' bounds share.
 */
public final class TimestampInstants {
    private final ZoneId dbTimeZone;

    public TimestampInstants(ZoneId dbTimeZone) {
        this.dbTimeZone = dbTimeZone;
    }

    /** Whether columns of this type (a {@code pg_type.typname}) hold instants. */
    public static boolean isTimestamp(String typeName) {
        return "timestamp".equals(typeName) || isWithTimeZone(typeName);
    }

    public static boolean isWithTimeZone(String typeName) {
        return "timestamptz".equals(typeName);
    }

    /** The value of a column of this type; {@code null} for SQL NULL. */
    public Instant read(ResultSet rs, int index, boolean withTimeZone) throws SQLException {
        if (withTimeZone) {
            OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        return instant(rs.getObject(index, LocalDateTime.class));
    }

    Instant instant(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(dbTimeZone).toInstant();
    }

    /** The object to bind so that the instant compares exactly with a column of this type. */
    public Object bindable(Instant instant, boolean withTimeZone) {
        return withTimeZone ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
            : LocalDateTime.ofInstant(instant, dbTimeZone);
    }
}
