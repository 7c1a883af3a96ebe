package io.ferry.connect.config;

/** {@code date.timezone}: the zone in which the sink reads a Connect Date's midnight UTC as a date. */
public enum DateTimezone {
    /** db.timezone's zone, Confluent's default: west of UTC a Date is written as the day before. */
    DB_TIMEZONE,
    /** UTC: a Date is written as its own day. */
    UTC
}
