package io.ferry.connect.config;

import io.ferry.connect.postgres.types.CalendarSystem;

/** How the sink writes values, from the keys of {@link WriteOptionsConfig}. */
public final class WriteOptions {
    private final boolean replaceNullWithDefault;
    private final DateTimezone dateTimezone;
    private final CalendarSystem calendar;

    WriteOptions(boolean replaceNullWithDefault, DateTimezone dateTimezone, CalendarSystem calendar) {
        this.replaceNullWithDefault = replaceNullWithDefault;
        this.dateTimezone = dateTimezone;
        this.calendar = calendar;
    }

    /** {@code replace.null.with.default}: a null value field with a default is written as the default. */
    public boolean replaceNullWithDefault() {
        return replaceNullWithDefault;
    }

    /** {@code date.timezone}. */
    public DateTimezone dateTimezone() {
        return dateTimezone;
    }

    /** {@code date.calendar.system}. */
    public CalendarSystem calendar() {
        return calendar;
    }
}
