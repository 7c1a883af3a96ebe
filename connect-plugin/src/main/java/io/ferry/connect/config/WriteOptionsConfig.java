package io.ferry.connect.config;

import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.postgres.types.DateCalendar;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The sink keys of Confluent's JDBC sink 10.9.7 that say what is written and how (the kinds of
 * relation, dates, nulls, String values, ...), in Confluent's groups and places, with its names,
 * types and defaults; parsed into {@link WriteOptions}.
 */
public final class WriteOptionsConfig {
    public static final String TABLE_TYPES = "table.types";
    public static final String REPLACE_NULL_WITH_DEFAULT = "replace.null.with.default";
    public static final String DATE_TIMEZONE = "date.timezone";
    public static final String DATE_CALENDAR_SYSTEM = "date.calendar.system";
    public static final String TIMESTAMP_FIELDS_LIST = "timestamp.fields.list";
    public static final String TIMESTAMP_PRECISION_MODE = "timestamp.precision.mode";
    public static final String STRING_OUTPUT_VALUE_COLUMN_NAME = "string.output.value.column.name";
    public static final String MSSQL_USE_MERGE_HOLDLOCK = "mssql.use.merge.holdlock";
    public static final String TRIM_SENSITIVE_LOG = "trim.sensitive.log";

    private static final String WRITES = "Writes";
    private static final String DATA_MAPPING = "Data Mapping";
    private static final String DML = "DML Support";
    private static final String LOGGING = "Logging";

    private WriteOptionsConfig() {
    }

    /** Adds the keys to the sink's definition, after the groups {@link SinkConfig} defines. */
    static ConfigDef define(ConfigDef def) {
        return def
            .define(TABLE_TYPES, Type.LIST, RelationKind.TABLE.displayName(), new WritableKinds(), Importance.LOW,
                "The kinds of relation the sink may write into, comma-separated: TABLE (the default), PARTITIONED "
                    + "TABLE, VIEW (an automatically updatable view, or one with INSTEAD OF triggers). Writing into a "
                    + "relation of another kind stops the task, naming it and its kind.",
                WRITES, 4, Width.MEDIUM, "Table Types")
            .define(REPLACE_NULL_WITH_DEFAULT, Type.BOOLEAN, true, new SinkConfig.TrueOrFalse(), Importance.LOW,
                "Whether a null in a value field that has a default in its schema is written as that default "
                    + "(true) or as NULL (false). Key fields are always taken with their defaults.",
                WRITES, 5, Width.MEDIUM, "Replace null value with default value")
            .define(DATE_TIMEZONE, Type.STRING, DateTimezone.DB_TIMEZONE.name(), EnumValidator.of(DateTimezone.class),
                Importance.LOW,
                "The time zone in which a Connect Date (midnight UTC of its day) is read as the date written: "
                    + "'DB_TIMEZONE' (the default, as in Confluent's sink) is db.timezone's zone, where a zone west "
                    + "of UTC writes the day before; 'UTC' writes the Date's own day, which is recommended.",
                DATA_MAPPING, 6, Width.MEDIUM, "Time Zone used for Date")
            .define(TIMESTAMP_FIELDS_LIST, Type.LIST, "", new SinkConfig.NamesValidator(), Importance.MEDIUM,
                "Fields (of the value, or key columns by name) holding epoch numbers to write as timestamps: an "
                    + "INT64, or a STRING of digits, counting timestamp.precision.mode's units since "
                    + "1970-01-01T00:00:00Z, is written into its timestamp or timestamptz column as the instant it "
                    + "counts, to the microsecond, as Connect's Timestamps are (db.timezone, date.calendar.system). "
                    + "Fields of other types, and Connect Timestamps, are written as they are; nested fields are "
                    + "not supported. An epoch number that is not one is the record's fault. auto.create and "
                    + "auto.evolve declare such a field's column TIMESTAMP.",
                DATA_MAPPING, 7, Width.MEDIUM, "Timestamp Fields Whitelist")
            .define(TIMESTAMP_PRECISION_MODE, Type.STRING, TimestampPrecisionMode.MICROSECONDS.name(),
                EnumValidator.of(TimestampPrecisionMode.class), Importance.LOW,
                "What the epoch numbers of timestamp.fields.list count: 'microseconds' or 'nanoseconds' since "
                    + "1970-01-01T00:00:00Z. PostgreSQL keeps microseconds: nanoseconds are rounded to the nearest "
                    + "microsecond.",
                DATA_MAPPING, 8, Width.MEDIUM, "Sink Timestamp Precision mode")
            .define(DATE_CALENDAR_SYSTEM, Type.STRING, DateCalendar.LEGACY.name(),
                ConfigDef.ValidString.in(Arrays.stream(DateCalendar.values()).map(Enum::name).toArray(String[]::new)),
                Importance.LOW,
                "The calendar in which Dates and Timestamps are spelled out for the database; the two differ only "
                    + "before the Gregorian reform of 15 October 1582. 'LEGACY' (the default, as in Confluent's "
                    + "sink): the Julian calendar before it, as java.util.Date spells dates. 'PROLEPTIC_GREGORIAN': "
                    + "the Gregorian calendar throughout, as java.time and PostgreSQL count days. Changing it on a "
                    + "running pipeline shifts the dates written before 1582.",
                DATA_MAPPING, 9, Width.MEDIUM, "Date Calendar System")
            .define(STRING_OUTPUT_VALUE_COLUMN_NAME, Type.STRING, "record_value", new ColumnName(), Importance.LOW,
                "The column a record value with a String schema (e.g. from StringConverter, or a JSON string "
                    + "with schemas) is written into, beside the key columns of pk.mode. Such values cannot be "
                    + "combined with pk.mode=record_value, fields.whitelist or timestamp.fields.list, which pick "
                    + "fields of Struct values: that fails the task. Values of other non-Struct schemas are refused.",
                DATA_MAPPING, 10, Width.MEDIUM, "String Value Column Name")
            .define(MSSQL_USE_MERGE_HOLDLOCK, Type.BOOLEAN, true, new SinkConfig.TrueOrFalse(), Importance.LOW,
                "SQL Server only, in Confluent's sink: whether its MERGE upsert takes HOLDLOCK. Accepted so that a "
                    + "Confluent configuration carries over; it has no effect on PostgreSQL, whose upsert (INSERT "
                    + "... ON CONFLICT) locks the rows it inserts or updates without a hint.",
                DML, 1, Width.MEDIUM, "SQL Server - Use HOLDLOCK in MERGE")
            .define(TRIM_SENSITIVE_LOG, Type.BOOLEAN, false, new SinkConfig.TrueOrFalse(), Importance.LOW,
                "Whether to keep the data written out of what the sink tells about a failed write (log lines, the "
                    + "task's error, dead letter queue headers): the database's message, the failing row, key values "
                    + "and statement parameters are left out, and a failure is told by its SQLState and the names of "
                    + "the record, table, column and constraint. An internal key in Confluent's sink.",
                LOGGING, 1, Width.SHORT, "Trim Sensitive Log");
    }

    /** Reads the keys from an already parsed config. */
    static WriteOptions options(AbstractConfig config) {
        return new WriteOptions(
            config.getBoolean(REPLACE_NULL_WITH_DEFAULT),
            EnumValidator.parse(DateTimezone.class, config.getString(DATE_TIMEZONE)),
            DateCalendar.valueOf(config.getString(DATE_CALENDAR_SYSTEM)),
            new LinkedHashSet<>(SinkConfig.trimmed(config.getList(TIMESTAMP_FIELDS_LIST))),
            EnumValidator.parse(TimestampPrecisionMode.class, config.getString(TIMESTAMP_PRECISION_MODE)),
            config.getString(STRING_OUTPUT_VALUE_COLUMN_NAME),
            WritableKinds.parse(config.getList(TABLE_TYPES)),
            config.getBoolean(TRIM_SENSITIVE_LOG));
    }

    /** A column name: any text but a blank one (it is quoted as it is). */
    static final class ColumnName implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || value.toString().trim().isEmpty()) {
                throw new ConfigException(name, value, "Must name a column");
            }
        }

        @Override
        public String toString() {
            return "a column name";
        }
    }

    /** table.types: Confluent's three kinds, by their JDBC names, in any case. */
    static final class WritableKinds implements ConfigDef.Validator {
        static final List<RelationKind> KINDS =
            Arrays.asList(RelationKind.TABLE, RelationKind.PARTITIONED_TABLE, RelationKind.VIEW);

        static Set<RelationKind> parse(List<String> names) {
            Set<RelationKind> kinds = EnumSet.noneOf(RelationKind.class);
            for (String name : names) {
                kinds.add(kind(name).orElseThrow(() -> new IllegalArgumentException("Unknown table type " + name)));
            }
            return kinds;
        }

        private static Optional<RelationKind> kind(String name) {
            String wanted = name.trim().replaceAll("\\s+", " ");
            return KINDS.stream().filter(k -> k.displayName().equalsIgnoreCase(wanted)).findFirst();
        }

        @Override
        public void ensureValid(String name, Object value) {
            List<?> names = (List<?>) value;
            if (names == null || names.isEmpty()) {
                throw new ConfigException(name, value, "Name at least one of " + this);
            }
            for (Object entry : names) {
                if (!kind(entry.toString()).isPresent()) {
                    throw new ConfigException(name, value, "'" + entry + "' is not a kind of relation the sink writes "
                        + "into; it writes into " + this);
                }
            }
        }

        @Override
        public String toString() {
            return KINDS.stream().map(RelationKind::displayName).collect(Collectors.joining(", "));
        }
    }
}
