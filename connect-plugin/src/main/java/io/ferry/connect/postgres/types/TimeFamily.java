package io.ferry.connect.postgres.types;

import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.sql.Literals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;

/**
 * time (without time zone); Connect's Time, a java.util.Date on 1970-01-01 UTC, to the millisecond.
 * Read as Confluent's connector reads it: the time of day on 1970-01-01 in {@code db.timezone},
 * as UTC (10:00 in Europe/Berlin is 09:00), wrapped into the day where Confluent's value would
 * fall outside it (its converter then fails the task).
 */
final class TimeFamily implements TypeFamily {
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);
    private static final LocalDate EPOCH_DAY = LocalDate.of(1970, 1, 1);
    private static final ElementConversion FROM_TIME =
        ElementConversion.driverText("TIME", (text, v) -> text.toString(localTime(v)));

    private final ZoneId dbTimeZone;

    TimeFamily(ZoneId dbTimeZone) {
        this.dbTimeZone = dbTimeZone;
    }

    @Override
    public Optional<ColumnReader> reader(CatalogColumn column) {
        if (!column.typeName().equals("time")) {
            return Optional.empty();
        }
        return ColumnReader.of(column, Time.builder(), (rs, i) -> connectTime(rs.getObject(i, LocalTime.class)));
    }

    java.util.Date connectTime(LocalTime value) {
        if (value == null) {
            return null;
        }
        long millis = value.atDate(EPOCH_DAY).atZone(dbTimeZone).toInstant().toEpochMilli();
        return new java.util.Date(Math.floorMod(millis, MILLIS_PER_DAY));
    }

    @Override
    public boolean binds(Schema schema, ColumnDescription column) {
        return Time.LOGICAL_NAME.equals(schema.name());
    }

    @Override
    public void bind(PreparedStatement statement, int index, Schema schema, Object value, ColumnDescription column)
        throws SQLException {
        statement.setObject(index, localTime(value));
    }

    static LocalTime localTime(Object value) {
        long millis = Math.floorMod(((java.util.Date) value).getTime(), MILLIS_PER_DAY);
        return LocalTime.ofNanoOfDay(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Override
    public Optional<ArrayElement> arrayElement(Schema schema, ColumnDescription column) {
        return Optional.of(ArrayElement.builtIn("time", FROM_TIME));
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
