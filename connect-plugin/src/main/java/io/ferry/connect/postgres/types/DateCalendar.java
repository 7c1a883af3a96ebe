package io.ferry.connect.postgres.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

/**
 * {@code date.calendar.system}: the calendar in which dates and timestamps cross between Connect's
 * instants and PostgreSQL's fields. PostgreSQL counts in the Gregorian calendar throughout;
 * Confluent's connectors, by default, count in {@link GregorianCalendar}, which is Julian before
 * 1582-10-15 and resolves wall-clock times that a zone's clock change skips or repeats in its own
 * way. The two agree on every other value. This enum turns read fields into Connect's instants;
 * {@link WallClock} spells Connect's instants as the fields the sink writes.
 */
public enum DateCalendar {
    /**
     * The fields as java.util's calendar counts them (Confluent's default): the Julian calendar before
     * 1582-10-15, as {@code java.util.Date} and {@code java.sql.Timestamp} spell it.
     */
    LEGACY,
    /** The fields as java.time and PostgreSQL count them: the Gregorian calendar for every day. */
    PROLEPTIC_GREGORIAN;

    /** A year after the Gregorian calendar's start, 1582-10-15, in every zone. */
    private static final LocalDate FIRST_YEAR_BOTH_AGREE = LocalDate.of(1583, 1, 1);

    /** A Connect Date: midnight UTC of the day. */
    public Date date(LocalDate day) {
        if (this == PROLEPTIC_GREGORIAN || bothAgree(day)) {
            return new Date(TimeUnit.DAYS.toMillis(day.toEpochDay()));
        }
        return new Date(legacyMillis(day.atStartOfDay(), ZoneOffset.UTC));
    }

    /** A Connect Timestamp: the instant of {@code wallClock} in {@code zone}. */
    public Date timestamp(LocalDateTime wallClock, ZoneId zone) {
        return Date.from(instant(wallClock, zone));
    }

    /** The instant of {@code wallClock} in {@code zone}, to the nanosecond. */
    public Instant instant(LocalDateTime wallClock, ZoneId zone) {
        if (this == PROLEPTIC_GREGORIAN || bothAgree(wallClock.toLocalDate())
            && zone.getRules().getValidOffsets(wallClock).size() == 1) {
            return wallClock.atZone(zone).toInstant();
        }
        return Instant.ofEpochMilli(legacyMillis(wallClock, zone)).plusNanos(wallClock.getNano() % 1_000_000);
    }

    /** From the Gregorian calendar's first full year on; and -infinity, which neither calendar counts. */
    private static boolean bothAgree(LocalDate day) {
        return !day.isBefore(FIRST_YEAR_BOTH_AGREE) || day.equals(LocalDate.MIN);
    }

    /** As the PostgreSQL driver sets a lenient calendar's fields for java.sql.Date and Timestamp. */
    private static long legacyMillis(LocalDateTime wallClock, ZoneId zone) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
        calendar.clear();
        int year = wallClock.getYear();
        calendar.set(Calendar.ERA, year > 0 ? GregorianCalendar.AD : GregorianCalendar.BC);
        calendar.set(Calendar.YEAR, year > 0 ? year : 1 - year);
        calendar.set(Calendar.MONTH, wallClock.getMonthValue() - 1);
        calendar.set(Calendar.DAY_OF_MONTH, wallClock.getDayOfMonth());
        calendar.set(Calendar.HOUR_OF_DAY, wallClock.getHour());
        calendar.set(Calendar.MINUTE, wallClock.getMinute());
        calendar.set(Calendar.SECOND, wallClock.getSecond());
        return calendar.getTimeInMillis() + wallClock.getNano() / 1_000_000;
    }
}
