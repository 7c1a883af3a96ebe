package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;

/**
 * time and timetz; Connect's Time, a java.util.Date on 1970-01-01 UTC, to the millisecond. A time
 * is read as Confluent's connector reads it: the time of day on 1970-01-01 in {@code db.timezone},
 * as UTC (10:00 in Europe/Berlin is 09:00), wrapped into the day where Confluent's value would
 * fall outside it (its converter then fails the task). A timetz, which carries its own offset, is
 * read as its time of day in UTC (13:45+09 as 04:45; 01:00+09 as 16:00, where Confluent's
 * connector gives a date before 1970 that Connect refuses), and a Time is written into a timetz
 * column with offset +00: Connect's Time has no offset to keep.
 */
final class TimeFamily implements TypeFamily {
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);
    private static final LocalDate EPOCH_DAY = LocalDate.of(1970, 1, 1);
    private static final ElementConversion FROM_TIME =
        ElementConversion.driverText("TIME", (text, v) -> text.toString(localTime(v)));
    private static final ElementConversion FROM_TIME_IN_UTC =
        ElementConversion.driverText("TIME_IN_UTC", (text, v) -> text.toString(inUtc(v)));

    private final ZoneId dbTimeZone;

    TimeFamily(ZoneId dbTimeZone) {
        this.dbTimeZone = dbTimeZone;
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        switch (column.typeName()) {
            case "time":
                return ColumnReader.of(column, Time.builder(), (rs, i) -> connectTime(rs.getObject(i, LocalTime.class)));
            case "timetz":
                return ColumnReader.of(column, Time.builder(), (rs, i) -> utcTimeOfDay(rs.getObject(i, OffsetTime.class)));
            default:
                return Optional.empty();
        }
    }

    java.util.Date connectTime(LocalTime value) {
        if (value == null) {
            return null;
        }
        long millis = value.atDate(EPOCH_DAY).atZone(dbTimeZone).toInstant().toEpochMilli();
        return new java.util.Date(Math.floorMod(millis, MILLIS_PER_DAY));
    }

    static java.util.Date utcTimeOfDay(OffsetTime value) {
        if (value == null) {
            return null;
        }
        LocalTime inUtc = value.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
        return new java.util.Date(TimeUnit.NANOSECONDS.toMillis(inUtc.toNanoOfDay()));
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Time.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, withTimeZone(column) ? inUtc(value) : localTime(value));
    }

    static LocalTime localTime(Object value) {
        long millis = Math.floorMod(((java.util.Date) value).getTime(), MILLIS_PER_DAY);
        return LocalTime.ofNanoOfDay(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** The time of day with offset +00: what a timetz column holds for it, whatever the session's time zone. */
    static OffsetTime inUtc(Object value) {
        return localTime(value).atOffset(ZoneOffset.UTC);
    }

    /** Into timetz the time with offset +00; into any other column the time alone. */
    private static boolean withTimeZone(ColumnDescription column) {
        return column.typeName().equals("timetz");
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(withTimeZone(column) ? ArrayElement.builtIn("timetz", FROM_TIME_IN_UTC)
            : ArrayElement.builtIn("time", FROM_TIME));
    }

    @Override
    public Optional<String> ddlName(Schema schema) {
        return Time.LOGICAL_NAME.equals(schema.name()) ? Optional.of("TIME") : Optional.empty();
    }

    /** The time of day as it is bound, to the millisecond: {@code '13:45:30.250'}. */
    @Override
    public Optional<String> ddlDefault(Schema schema, Object value) {
        return ddlName(schema).map(type -> Literals.string(timeText(localTime(value))));
    }

    /** HH:mm:ss.SSS, as Confluent's sink writes a time. */
    static String timeText(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", time.getHour(), time.getMinute(), time.getSecond(),
            time.getNano() / 1_000_000);
    }
}
