package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;

/**
 * timestamp and timestamptz; Connect's Timestamp, an instant. A timestamp without time zone
 * holds the wall-clock time of the instant in {@code db.timezone}, both ways. The source reads
 * them in the form {@code timestamp.granularity} names (Connect's Timestamp by default), counted
 * in the {@code date.calendar.system} read; a timestamptz in its own offset.
 */
final class TimestampFamily implements TypeFamily {
    private static final ElementConversion FROM_INSTANT =
        ElementConversion.driverText("INSTANT_TIMESTAMP", (text, v) -> text.toString(instant(v)));

    private final ZoneId dbTimeZone;
    private final DateCalendar calendar;
    private final TimestampGranularity granularity;
    private final ElementConversion fromWallClockTime;

    TimestampFamily(ZoneId dbTimeZone, DateCalendar calendar, TimestampGranularity granularity) {
        this.dbTimeZone = dbTimeZone;
        this.calendar = calendar;
        this.granularity = granularity;
        this.fromWallClockTime =
            ElementConversion.driverText("WALL_CLOCK_TIMESTAMP", (text, v) -> text.toString(wallClock(v)));
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!TimestampInstants.isTimestamp(column.typeName())) {
            return Optional.empty();
        }
        if (TimestampInstants.isWithTimeZone(column.typeName())) {
            return ColumnReader.of(column, granularity.schema(),
                (rs, i) -> value(readInstant(rs.getObject(i, OffsetDateTime.class))));
        }
        return ColumnReader.of(column, granularity.schema(),
            (rs, i) -> value(readInstant(rs.getObject(i, LocalDateTime.class))));
    }

    /** The instant of a timestamp read: its wall-clock time in db.timezone, counted in the calendar read. */
    Instant readInstant(LocalDateTime value) {
        return value == null ? null : calendar.instant(value, dbTimeZone);
    }

    Instant readInstant(OffsetDateTime value) {
        return value == null ? null : calendar.instant(value.toLocalDateTime(), value.getOffset());
    }

    /** A column's value as records carry it. */
    Object value(Instant instant) {
        return instant == null ? null : granularity.value(instant, dbTimeZone);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Timestamp.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, withTimeZone(column) ? instant(value) : wallClock(value));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(withTimeZone(column) ? ArrayElement.builtIn("timestamptz", FROM_INSTANT)
            : ArrayElement.builtIn("timestamp", fromWallClockTime));
    }

    /** Into timestamptz the instant itself; into any other column the wall-clock time in db.timezone. */
    private static boolean withTimeZone(ColumnDescription column) {
        return column.typeName().equals("timestamptz");
    }

    LocalDateTime wallClock(Object value) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(((Date) value).getTime()), dbTimeZone);
    }

    static OffsetDateTime instant(Object value) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(((Date) value).getTime()), ZoneOffset.UTC);
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return Timestamp.LOGICAL_NAME.equals(schema.name()) ? Optional.of("TIMESTAMP") : Optional.empty();
    }
}
