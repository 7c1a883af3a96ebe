package io.ferry.connect.postgres.types;

/**
 * The calendar in which the sink spells out days and instants for PostgreSQL
 * ({@code date.calendar.system}). The two differ only before the Gregorian reform of October 1582.
 */
public enum CalendarSystem {
    /**
     * The Julian calendar before 1582-10-15 and the Gregorian after it, as {@code java.util.Date}
     * and {@code java.sql.Timestamp} spell them (Confluent's default): a day before the reform is
     * written as the Julian date of the same instant.
     */
    LEGACY,
    /** The Gregorian calendar for every day, as {@code java.time} and PostgreSQL itself count them. */
    PROLEPTIC_GREGORIAN
}
