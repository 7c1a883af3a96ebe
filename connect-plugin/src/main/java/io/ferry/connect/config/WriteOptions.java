package io.ferry.connect.config;

import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.postgres.types.DateCalendar;
import java.util.Collections;
import java.util.Set;

/** How the sink writes values, from the keys of {@link WriteOptionsConfig}. */
public final class WriteOptions {
    private final boolean replaceNullWithDefault;
    private final DateTimezone dateTimezone;
    private final DateCalendar calendar;
    private final Set<String> timestampFields;
    private final TimestampPrecisionMode timestampPrecision;
    private final String stringValueColumn;
    private final Set<RelationKind> tableTypes;
    private final boolean trimSensitiveLog;

    @SuppressWarnings("ParameterNumber")
    WriteOptions(boolean replaceNullWithDefault, DateTimezone dateTimezone, DateCalendar calendar,
                 Set<String> timestampFields, TimestampPrecisionMode timestampPrecision, String stringValueColumn,
                 Set<RelationKind> tableTypes, boolean trimSensitiveLog) {
        this.replaceNullWithDefault = replaceNullWithDefault;
        this.dateTimezone = dateTimezone;
        this.calendar = calendar;
        this.timestampFields = Collections.unmodifiableSet(timestampFields);
        this.timestampPrecision = timestampPrecision;
        this.stringValueColumn = stringValueColumn;
        this.tableTypes = Collections.unmodifiableSet(tableTypes);
        this.trimSensitiveLog = trimSensitiveLog;
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
    public DateCalendar calendar() {
        return calendar;
    }

    /** {@code timestamp.fields.list}: fields whose epoch numbers are written as timestamps; empty for none. */
    public Set<String> timestampFields() {
        return timestampFields;
    }

    /** {@code timestamp.precision.mode}. */
    public TimestampPrecisionMode timestampPrecision() {
        return timestampPrecision;
    }

    /** {@code string.output.value.column.name}: the column a String value is written into. */
    public String stringValueColumn() {
        return stringValueColumn;
    }

    /** {@code table.types}: the kinds of relation the sink writes into. */
    public Set<RelationKind> tableTypes() {
        return tableTypes;
    }

    /** {@code trim.sensitive.log}: failures are told without the data written. */
    public boolean trimSensitiveLog() {
        return trimSensitiveLog;
    }
}
