package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;

/**
 * timestamp and timestamptz; Connect's Timestamp, an instant (and the sink's {@link NanoTimestamp}).
 * A timestamp without time zone holds the wall-clock time of the instant in {@code db.timezone},
 * both ways. The source reads them in the form {@code timestamp.granularity} names (Connect's
 * Timestamp by default), counted in the {@code date.calendar.system} read, a timestamptz in its
 * own offset; the sink spells values in the calendar of its {@link WallClock}.
 */
final class TimestampFamily implements TypeFamily {
    private final ZoneId dbTimeZone;
    private final WallClock clock;
    private final TimestampGranularity granularity;
    private final ElementConversion fromInstant;
    private final ElementConversion fromWallClockTime;

    /** @param granularity how the source reads timestamp columns ({@code timestamp.granularity}) */
    TimestampFamily(WallClock clock, TimestampGranularity granularity) {
        this.dbTimeZone = clock.timestampZone();
        this.clock = clock;
        this.granularity = granularity;
        this.fromInstant = ElementConversion.driverText("INSTANT_TIMESTAMP", (text, v) -> text.toString(withOffset(v)));
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
        return value == null ? null : clock.calendar().instant(value, dbTimeZone);
    }

    Instant readInstant(OffsetDateTime value) {
        return value == null ? null : clock.calendar().instant(value.toLocalDateTime(), value.getOffset());
    }

    /** A column's value as records carry it. */
    Object value(Instant instant) {
        return instant == null ? null : granularity.value(instant, dbTimeZone);
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return isTimestamp(schema);
    }

    private static boolean isTimestamp(Schema schema) {
        return Timestamp.LOGICAL_NAME.equals(schema.name()) || NanoTimestamp.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, withTimeZone(column) ? withOffset(value) : wallClock(value));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(withTimeZone(column) ? ArrayElement.builtIn("timestamptz", fromInstant)
            : ArrayElement.builtIn("timestamp", fromWallClockTime));
    }

    /** Into timestamptz the instant itself; into any other column the wall-clock time in db.timezone. */
    private static boolean withTimeZone(ColumnDescription column) {
        return column.typeName().equals("timestamptz");
    }

    LocalDateTime wallClock(Object value) {
        return clock.local(instant(value));
    }

    OffsetDateTime withOffset(Object value) {
        return clock.offset(instant(value));
    }

    /** A Connect Timestamp's java.util.Date, or a {@link NanoTimestamp}'s Instant. */
    private static Instant instant(Object value) {
        return value instanceof Instant ? (Instant) value : Instant.ofEpochMilli(((Date) value).getTime());
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return isTimestamp(schema) ? Optional.of("TIMESTAMP") : Optional.empty();
    }

    /**
     * The wall-clock time in db.timezone, as it is bound into a timestamp column:
     * {@code '2024-05-01 12:30:15.123'}; a {@link NanoTimestamp} finer than milliseconds to
     * PostgreSQL's microseconds (half up): {@code '2024-05-01 12:30:15.123457'}.
     */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> {
            LocalDateTime exact = wallClock(value);
            LocalDateTime time = exact.getNano() % 1_000_000 == 0 ? exact
                : exact.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
            String date = DateFamily.dateText(time.toLocalDate());
            String dayTime = time.getNano() % 1_000_000 == 0 ? TimeFamily.timeText(time.toLocalTime())
                : String.format(Locale.ROOT, "%02d:%02d:%02d.%06d", time.getHour(), time.getMinute(),
                    time.getSecond(), time.getNano() / 1_000);
            return Literals.string(date.endsWith(" BC") ? date.replace(" BC", " " + dayTime + " BC")
                : date + " " + dayTime);
        });
    }
}
