package io.ferry.connect.config;

/** {@code timestamp.precision.mode}: what the epoch numbers of {@code timestamp.fields.list} count. */
public enum TimestampPrecisionMode {
    MICROSECONDS,
    NANOSECONDS
}
