package io.ferry.connect.postgres.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.DataException;

/**
 * How the sink spells Connect's days and instants as the dates and times PostgreSQL stores:
 * instants as the wall-clock time in {@code db.timezone}, days (a Connect Date is midnight UTC)
 * as the date in the zone {@code date.timezone} names, both in the calendar of
 * {@code date.calendar.system}, as Confluent's JDBC sink spells them. The same zone and calendar
 * say what the source reads timestamps as ({@link DateCalendar}).
 */
public final class WallClock {
    /** From here on the two calendars agree in every zone: a margin after the reform of 1582-10-15. */
    private static final long BOTH_CALENDARS_AGREE_MILLIS = Instant.parse("1583-01-01T00:00:00Z").toEpochMilli();
    private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);

    private final ZoneId timestampZone;
    private final ZoneId dateZone;
    private final DateCalendar calendar;

    /**
     * @param timestampZone where instants are read as wall-clock times ({@code db.timezone})
     * @param dateZone      where a Connect Date's midnight UTC is read as a date
     * @param calendar      the calendar the date and time are spelled in
     */
    public WallClock(ZoneId timestampZone, ZoneId dateZone, DateCalendar calendar) {
        this.timestampZone = timestampZone;
        this.dateZone = dateZone;
        this.calendar = calendar;
    }

    /** Timestamps in {@code db.timezone}, days as they are, in the Gregorian calendar. */
    public static WallClock gregorian(ZoneId timestampZone) {
        return new WallClock(timestampZone, ZoneOffset.UTC, DateCalendar.PROLEPTIC_GREGORIAN);
    }

    /** The source's: timestamps read in {@code db.timezone} and the calendar of {@code date.calendar.system}. */
    public static WallClock reading(ZoneId timestampZone, DateCalendar calendar) {
        return new WallClock(timestampZone, ZoneOffset.UTC, calendar);
    }

    ZoneId timestampZone() {
        return timestampZone;
    }

    DateCalendar calendar() {
        return calendar;
    }

    /** The date a Connect Date (a java.util.Date) is written as. */
    LocalDate date(Object connectDate) {
        long millis = ((java.util.Date) connectDate).getTime();
        if (usesJavaTime(millis)) {
            return ZoneOffset.UTC.equals(dateZone) ? LocalDate.ofEpochDay(Math.floorDiv(millis, MILLIS_PER_DAY))
                : LocalDate.ofInstant(Instant.ofEpochMilli(millis), dateZone);
        }
        return legacy(Instant.ofEpochMilli(millis), dateZone).toLocalDate();
    }

    /** The wall-clock time an instant is written as into a timestamp without time zone. */
    LocalDateTime local(Instant instant) {
        if (usesJavaTime(instant.toEpochMilli())) {
            return LocalDateTime.ofInstant(instant, timestampZone);
        }
        return legacy(instant, timestampZone);
    }

    /** The date, time and offset an instant is written as into a timestamp with time zone. */
    OffsetDateTime offset(Instant instant) {
        if (usesJavaTime(instant.toEpochMilli())) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        // As Confluent's sink does, through java.sql.Timestamp: the Julian wall clock with the zone's offset.
        GregorianCalendar fields = calendarAt(instant, timestampZone);
        int offsetSeconds = (fields.get(Calendar.ZONE_OFFSET) + fields.get(Calendar.DST_OFFSET)) / 1000;
        return OffsetDateTime.of(legacy(instant, timestampZone), ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    private boolean usesJavaTime(long epochMillis) {
        return calendar == DateCalendar.PROLEPTIC_GREGORIAN || epochMillis >= BOTH_CALENDARS_AGREE_MILLIS;
    }

    /** The instant's date and time in the zone, spelled as java.util's Julian/Gregorian calendar spells it. */
    private static LocalDateTime legacy(Instant instant, ZoneId zone) {
        GregorianCalendar fields = calendarAt(instant, zone);
        int yearOfEra = fields.get(Calendar.YEAR);
        int year = fields.get(Calendar.ERA) == GregorianCalendar.BC ? 1 - yearOfEra : yearOfEra;
        try {
            return LocalDateTime.of(year, fields.get(Calendar.MONTH) + 1, fields.get(Calendar.DAY_OF_MONTH),
                fields.get(Calendar.HOUR_OF_DAY), fields.get(Calendar.MINUTE), fields.get(Calendar.SECOND),
                instant.getNano());
        } catch (DateTimeException e) {
            // e.g. 29 February 1500, a Julian leap day that PostgreSQL's Gregorian calendar does not have
            throw new DataException("The Julian date of " + instant + " (date.calendar.system=LEGACY) does not "
                + "exist in PostgreSQL's calendar: " + e.getMessage(), e);
        }
    }

    private static GregorianCalendar calendarAt(Instant instant, ZoneId zone) {
        GregorianCalendar fields = new GregorianCalendar(TimeZone.getTimeZone(zone));
        fields.setTimeInMillis(instant.toEpochMilli());
        return fields;
    }
}
