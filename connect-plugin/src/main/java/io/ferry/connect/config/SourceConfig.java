package io.ferry.connect.config;

import io.ferry.connect.postgres.types.DateCalendar;
import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.postgres.types.TimestampGranularity;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The source connector's keys, with the Confluent JDBC source connector's names, meanings and
 * defaults, and their parsing into {@link SourceSettings}.
 */
public final class SourceConfig {
    public static final String DATABASE_GROUP = "Database";
    public static final String MODE_GROUP = "Mode";
    public static final String CONNECTOR_GROUP = "Connector";
    public static final String WAKEUP_GROUP = "Wake-up";

    public static final String TABLE_WHITELIST = "table.whitelist";
    public static final String TABLE_BLACKLIST = "table.blacklist";
    public static final String SCHEMA_PATTERN = "schema.pattern";
    public static final String TABLE_TYPES = "table.types";
    public static final String NUMERIC_MAPPING = "numeric.mapping";
    public static final String NUMERIC_PRECISION_MAPPING = "numeric.precision.mapping";
    public static final String MODE = "mode";
    public static final String INCREMENTING_COLUMN = "incrementing.column.name";
    public static final String TIMESTAMP_COLUMN = "timestamp.column.name";
    public static final String VALIDATE_NON_NULL = "validate.non.null";
    public static final String QUERY = "query";
    public static final String INCREMENTING_GAP_MAX_WAIT_MS = "incrementing.gap.max.wait.ms";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String BATCH_MAX_ROWS = "batch.max.rows";
    public static final String TABLE_POLL_INTERVAL_MS = "table.poll.interval.ms";
    public static final String TIMESTAMP_DELAY_MS = "timestamp.delay.interval.ms";
    public static final String DB_TIMEZONE = "db.timezone";
    public static final String RECORD_KEY_MODE = "record.key.mode";
    public static final String WAKEUP_CHANNEL = "wakeup.channel";
    public static final String WAKEUP_TRIGGER_CREATE = "wakeup.trigger.create";
    public static final String TIMESTAMP_GRANULARITY = "timestamp.granularity";
    public static final String TIMESTAMP_COLUMNS_MAPPING = "timestamp.columns.mapping";
    public static final String INCREMENTING_COLUMN_MAPPING = "incrementing.column.mapping";
    public static final String TIMESTAMP_INITIAL = "timestamp.initial";
    public static final String TIMESTAMP_COMMIT_MAX_WAIT_MS = "timestamp.commit.max.wait.ms";
    public static final String QUERY_MASKED = "query.masked";
    public static final String QUERY_SUFFIX = "query.suffix";

    public static final int POLL_INTERVAL_MS_DEFAULT = 5000;
    public static final int BATCH_MAX_ROWS_DEFAULT = 1000;
    public static final long TABLE_POLL_INTERVAL_MS_DEFAULT = 60_000L;
    public static final long INCREMENTING_GAP_MAX_WAIT_MS_DEFAULT = 60_000L;
    public static final long TIMESTAMP_COMMIT_MAX_WAIT_MS_DEFAULT = 60_000L;
    public static final List<String> TABLE_TYPE_NAMES =
        Arrays.asList("TABLE", "VIEW", "MATERIALIZED VIEW", "FOREIGN TABLE", "PARTITIONED TABLE");

    private static final ConfigDef DEFINITION = define(ConnectionConfig.define(new ConfigDef()));

    private SourceConfig() {
    }

    public static ConfigDef configDef() {
        return DEFINITION;
    }

    /** Parses and validates single keys; cross-key checks are the connector's {@code validate()}. */
    public static SourceSettings parse(Map<String, String> props) {
        return settings(new AbstractConfig(DEFINITION, props, false));
    }

    /**
     * {@code mode} alone, parsed and validated through its definition: for {@code exactlyOnceSupport()},
     * which Connect calls with a config that may be invalid elsewhere. Empty when unset or not a mode
     * Ferry implements ({@code validate()} says why).
     */
    public static Optional<SourceMode> mode(Map<String, String> props) {
        ConfigDef modeOnly = new ConfigDef().define(DEFINITION.configKeys().get(MODE));
        try {
            return Optional.ofNullable(mode(new AbstractConfig(modeOnly, props, false)));
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }

    private static SourceMode mode(AbstractConfig config) {
        String mode = config.getString(MODE).trim();
        return mode.isEmpty() ? null : SourceMode.parse(mode);
    }

    private static ConfigDef define(ConfigDef def) {
        defineDatabase(def);
        TableSelectionKeys.define(def);
        defineMode(def);
        defineTimestampModes(def);
        defineQueryMode(def);
        defineConnector(def);
        ReadingKeys.define(def);
        defineWakeup(def);
        return def;
    }

    private static void defineDatabase(ConfigDef def) {
        int order = 0;
        def.define(TABLE_WHITELIST, Type.LIST, "", Importance.MEDIUM,
                "Tables to read, as table or schema.table; empty means every table found. "
                    + "Cannot be combined with table.blacklist.",
                DATABASE_GROUP, ++order, Width.LONG, "Table Whitelist")
            .define(TABLE_BLACKLIST, Type.LIST, "", Importance.MEDIUM,
                "Tables not to read, as table or schema.table. Cannot be combined with table.whitelist.",
                DATABASE_GROUP, ++order, Width.LONG, "Table Blacklist")
            .define(SCHEMA_PATTERN, Type.STRING, null, new NonBlankOrNull(), Importance.MEDIUM,
                "Schema pattern (SQL LIKE syntax) of the tables to read; unset means every schema "
                    + "except PostgreSQL's own.",
                DATABASE_GROUP, ++order, Width.SHORT, "Schema pattern")
            .define(TABLE_TYPES, Type.LIST, "TABLE", new TableTypes(), Importance.LOW,
                "Kinds of relation to read: " + String.join(", ", TABLE_TYPE_NAMES) + ".",
                DATABASE_GROUP, ++order, Width.SHORT, "Table Types")
            .define(NUMERIC_MAPPING, Type.STRING, null,
                new SupportedValues(Arrays.asList("none", "best_fit"), NumericMapping.NOT_YET_SUPPORTED, true),
                Importance.LOW,
                "How numeric(p,s) columns are represented: 'none' (unset): Connect Decimal of scale s; "
                    + "'best_fit': an integer type for p < 19 and s <= 0, FLOAT64 for p < 19 and s > 0, "
                    + "else Decimal. A numeric without declared scale is sent as its exact decimal "
                    + "text (STRING), since a Connect Decimal needs a fixed scale.",
                DATABASE_GROUP, ++order, Width.SHORT, "Map Numeric Values By Precision and Scale")
            .define(NUMERIC_PRECISION_MAPPING, Type.BOOLEAN, false, new OnlyFalse(), Importance.LOW,
                "Deprecated Confluent key; 'true' (precision_only) is not implemented by Ferry.",
                DATABASE_GROUP, ++order, Width.SHORT, "Map Numeric Values By Precision (deprecated)");
    }

    private static void defineMode(ConfigDef def) {
        int order = 0;
        def.define(MODE, Type.STRING, "", new SupportedValues(SourceMode.configValues(), Collections.emptyList(), true),
                Importance.HIGH,
                "How tables (or the query's rows) are read: 'bulk' reads them in full each poll interval; "
                    + "'incrementing' reads rows whose incrementing column is greater than the last one read; "
                    + "'timestamp' reads rows whose timestamp (timestamp.column.name) is later than the last one "
                    + "read, so updated rows too; 'timestamp+incrementing' orders rows by timestamp and then "
                    + "incrementing column, so rows of equal timestamps are each read once.",
                MODE_GROUP, ++order, Width.MEDIUM, "Table Loading Mode")
            .define(INCREMENTING_COLUMN, Type.STRING, "", Importance.MEDIUM,
                "Strictly increasing integer (or numeric(p,0)) column of the incrementing modes. Empty means each "
                    + "table's own auto-increment (serial or identity) column; a custom query must name it.",
                MODE_GROUP, ++order, Width.MEDIUM, "Incrementing Column Name")
            .define(TIMESTAMP_COLUMN, Type.LIST, "", Importance.MEDIUM,
                "Timestamp or timestamptz columns of the timestamp modes: a row's timestamp is the first of them "
                    + "that is not null (COALESCE). At least one should be NOT NULL.",
                MODE_GROUP, ++order, Width.MEDIUM, "Timestamp Column Name")
            .define(VALIDATE_NON_NULL, Type.BOOLEAN, true, Importance.LOW,
                "Check at start that the incrementing column is NOT NULL and, in the timestamp modes, that at "
                    + "least one timestamp column is (tables only: a query's columns are not checked).",
                MODE_GROUP, ++order, Width.SHORT, "Validate Non Null")
            .define(QUERY, Type.STRING, "", Importance.MEDIUM,
                "A SELECT whose rows are read instead of tables, in any mode, published to the topic "
                    + "topic.prefix. It may join and filter as it likes: Ferry reads it as a subquery and adds "
                    + "its own criteria around it.",
                MODE_GROUP, ++order, Width.LONG, "Query")
            .define(INCREMENTING_GAP_MAX_WAIT_MS, Type.LONG, INCREMENTING_GAP_MAX_WAIT_MS_DEFAULT,
                ConfigDef.Range.atLeast(0L), Importance.LOW,
                "Ferry only. In incrementing mode, rows that follow a gap in the incrementing column are held "
                    + "while a transaction that was open when they were read may still commit a missing "
                    + "value, so rows committed out of order are not skipped. This is the longest such a "
                    + "transaction holds rows back (ms); a row it commits later below the rows already "
                    + "emitted is lost (logged as a warning). 0 turns holding off: rows are emitted as soon as "
                    + "they are seen, as Confluent's connector does, which loses rows committed out of order.",
                MODE_GROUP, ++order, Width.SHORT, "Max Wait For Gaps (ms)");
    }

    /** The keys of the timestamp modes and the column mappings, after the mode group's keys. */
    private static void defineTimestampModes(ConfigDef def) {
        int order = 100;
        def.define(TIMESTAMP_COLUMNS_MAPPING, Type.LIST, "", new TableRegexMapping.Validator(true), Importance.MEDIUM,
                "Timestamp columns per table, instead of timestamp.column.name: regex1:[col1|col2],regex2:[col3]. "
                    + "Each table, as schema.table, must match exactly one regex; several columns mean the first "
                    + "that is not null.",
                MODE_GROUP, ++order, Width.LONG, "Table to timestamp columns mappings")
            .define(INCREMENTING_COLUMN_MAPPING, Type.LIST, "", new TableRegexMapping.Validator(false),
                Importance.MEDIUM, "Incrementing column per table, instead of incrementing.column.name: "
                    + "regex1:col1,regex2:col2. Each table, as schema.table, must match exactly one regex.",
                MODE_GROUP, ++order, Width.LONG, "Table to incrementing column mappings")
            .define(TIMESTAMP_INITIAL, Type.LONG, null, Importance.LOW,
                "Where the timestamp modes start when no offset is stored: epoch milliseconds, or -1 for the "
                    + "database's time at start. Unset: from the oldest row.",
                MODE_GROUP, ++order, Width.MEDIUM, "Unix time value of initial timestamp")
            .define(TIMESTAMP_GRANULARITY, Type.STRING, TimestampGranularity.CONNECT_LOGICAL.configValue(),
                EnumValidator.of(TimestampGranularity.class), Importance.LOW,
                "How the values of timestamp and timestamptz columns appear in records, in every mode: "
                    + "'connect_logical' Connect's Timestamp (milliseconds); 'micros_long' / 'nanos_long' INT64 "
                    + "micro- / nanoseconds since the epoch; 'micros_string' / 'nanos_string' the same as text; "
                    + "'micros_iso_datetime_string' / 'nanos_iso_datetime_string' text yyyy-MM-dd'T'HH:mm:ss.SSSSSS "
                    + "(.SSSSSSSSS), the wall-clock time in db.timezone. Offsets are exact in every case.",
                MODE_GROUP, ++order, Width.MEDIUM, "Timestamp granularity for timestamp columns")
            .define(TIMESTAMP_COMMIT_MAX_WAIT_MS, Type.LONG, TIMESTAMP_COMMIT_MAX_WAIT_MS_DEFAULT,
                ConfigDef.Range.atLeast(0L), Importance.LOW,
                "Ferry only. In the timestamp modes, rows are read only once no transaction open at the read can "
                    + "still commit rows with an earlier timestamp (a row stamped with now() carries the start of "
                    + "its transaction, which may commit long after later rows), so late commits are not skipped. "
                    + "This is the longest such a transaction holds rows back (ms); a row it commits later below "
                    + "the rows already read is lost (logged as a warning). 0 reads up to the database's time "
                    + "less timestamp.delay.interval.ms at once, as Confluent's connector does, which loses rows "
                    + "committed late.",
                MODE_GROUP, ++order, Width.SHORT, "Max Wait For Open Transactions (ms)");
    }

    /** The custom query's keys besides {@code query}. */
    private static void defineQueryMode(ConfigDef def) {
        int order = 200;
        def.define(QUERY_MASKED, Type.PASSWORD, "", Importance.MEDIUM,
                "The same as query, but never shown: the REST API and the logs show [hidden].",
                MODE_GROUP, ++order, Width.LONG, "Query (Masked)")
            .define(QUERY_SUFFIX, Type.STRING, "", Importance.LOW,
                "Text appended to every statement the source reads with (after its ORDER BY and LIMIT).",
                MODE_GROUP, ++order, Width.MEDIUM, "Query suffix");
    }

    private static void defineConnector(ConfigDef def) {
        int order = 0;
        def.define(TOPIC_PREFIX, Type.STRING, "", new TopicPrefix(), Importance.HIGH,
                "Prefix of the topic names: a table's rows go to prefix + table name (the table's name alone "
                    + "when empty). Leading and trailing spaces are dropped.",
                CONNECTOR_GROUP, ++order, Width.MEDIUM, "Topic Prefix")
            .define(POLL_INTERVAL_MS, Type.INT, POLL_INTERVAL_MS_DEFAULT, ConfigDef.Range.atLeast(1),
                Importance.HIGH, "How long to wait before querying a table again after it had no new rows (ms).",
                CONNECTOR_GROUP, ++order, Width.SHORT, "Poll Interval (ms)")
            .define(BATCH_MAX_ROWS, Type.INT, BATCH_MAX_ROWS_DEFAULT, ConfigDef.Range.atLeast(1),
                Importance.LOW, "Maximum number of rows read from a table per query and per poll.",
                CONNECTOR_GROUP, ++order, Width.SHORT, "Max Rows Per Batch")
            .define(TABLE_POLL_INTERVAL_MS, Type.LONG, TABLE_POLL_INTERVAL_MS_DEFAULT, ConfigDef.Range.atLeast(1),
                Importance.LOW, "How often to look for new or dropped tables (ms).",
                CONNECTOR_GROUP, ++order, Width.SHORT, "Metadata Change Monitoring Interval (ms)")
            .define(TIMESTAMP_DELAY_MS, Type.LONG, 0L, ConfigDef.Range.atLeast(0L), Importance.LOW,
                "How old a row's timestamp must be before the timestamp modes read it (ms): they read up to the "
                    + "database's time less this delay.",
                CONNECTOR_GROUP, ++order, Width.MEDIUM, "Delay Interval (ms)")
            .define(DB_TIMEZONE, Type.STRING, "UTC", new DbTimeZone(), Importance.MEDIUM,
                "Time zone in which 'timestamp without time zone' values are read, and 'time' values: as in "
                    + "Confluent's connector, a time of day is sent as the UTC time of that time on 1970-01-01 in "
                    + "this zone (10:00 in Europe/Berlin as 09:00). Dates are read at midnight UTC whatever it says.",
                CONNECTOR_GROUP, ++order, Width.MEDIUM, "DB time zone")
            .define(RECORD_KEY_MODE, Type.STRING, "none", EnumValidator.of(RecordKeyMode.class), Importance.MEDIUM,
                "Ferry only. What each record's key holds: 'none', null, as in Confluent's records; 'primary_key', "
                    + "a struct named <table>.Key of the table's primary-key columns in key order, typed as in the "
                    + "value, so that compacted topics keep each row's latest version and a sink can upsert with "
                    + "pk.mode=record_key. Every table read then needs a primary key (validation names those "
                    + "without one, and a task fails on one); a custom query cannot be keyed.",
                CONNECTOR_GROUP, ++order, Width.SHORT, "Record Key Mode");
    }

    private static void defineWakeup(ConfigDef def) {
        int order = 0;
        def.define(WAKEUP_CHANNEL, Type.STRING, "", new ChannelName(), Importance.LOW,
                "Ferry only. A PostgreSQL notification channel the task LISTENs on: any NOTIFY on it makes the task "
                    + "read its tables at once (only the named table when the payload is one of the task's tables "
                    + "as schema.table), so new rows are read within milliseconds instead of at the next poll. "
                    + "Empty (the default) turns the wake-up off. Tables are still read every poll.interval.ms as a "
                    + "safety net, so raise poll.interval.ms (e.g. to 60000) when using it. Not in bulk mode.",
                WAKEUP_GROUP, ++order, Width.MEDIUM, "Wake-up Channel")
            .define(WAKEUP_TRIGGER_CREATE, Type.BOOLEAN, false, Importance.LOW,
                "Ferry only. When true, each task installs (if missing) on each of its tables a statement-level "
                    + "trigger 'ferry_wakeup' AFTER INSERT OR UPDATE, calling function ferry_wakeup_notify() in the "
                    + "table's schema, which notifies wakeup.channel with the table's name. Needs wakeup.channel, "
                    + "the TRIGGER privilege on the tables and CREATE on their schemas. The trigger stays when the "
                    + "connector is deleted.",
                WAKEUP_GROUP, ++order, Width.SHORT, "Create Wake-up Trigger");
    }

    private static SourceSettings settings(AbstractConfig config) {
        return new SourceSettings.Builder()
            .connection(ConnectionConfig.settings(config))
            .identifierQuoting(ConnectionConfig.quoting(config))
            .whitelist(config.getList(TABLE_WHITELIST))
            .blacklist(config.getList(TABLE_BLACKLIST))
            .includeList(TableSelectionKeys.patterns(config.getList(TableSelectionKeys.TABLE_INCLUDE_LIST)))
            .excludeList(TableSelectionKeys.patterns(config.getList(TableSelectionKeys.TABLE_EXCLUDE_LIST)))
            .catalogPattern(config.getString(TableSelectionKeys.CATALOG_PATTERN))
            .schemaPattern(config.getString(SCHEMA_PATTERN))
            .tableTypes(config.getList(TABLE_TYPES).stream()
                .map(t -> t.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toList()))
            .numericMapping(NumericMapping.parse(config.getString(NUMERIC_MAPPING)))
            .mode(mode(config))
            .incrementingColumn(config.getString(INCREMENTING_COLUMN).trim())
            .validateNonNull(config.getBoolean(VALIDATE_NON_NULL))
            .incrementingGapMaxWaitMs(config.getLong(INCREMENTING_GAP_MAX_WAIT_MS))
            .topicPrefix(TopicPrefix.parse(config.getString(TOPIC_PREFIX)))
            .pollIntervalMs(config.getInt(POLL_INTERVAL_MS))
            .batchMaxRows(config.getInt(BATCH_MAX_ROWS))
            .tablePollIntervalMs(config.getLong(TABLE_POLL_INTERVAL_MS))
            .dbTimeZone(DbTimeZone.parse(config.getString(DB_TIMEZONE)))
            .transactionIsolation(TransactionIsolation.parse(config.getString(ReadingKeys.TRANSACTION_ISOLATION_MODE)))
            .queryRetryAttempts(config.getInt(ReadingKeys.QUERY_RETRY_ATTEMPTS))
            .dateCalendar(DateCalendar.valueOf(config.getString(ReadingKeys.DATE_CALENDAR_SYSTEM)))
            .maxBufferSize(config.getInt(ReadingKeys.MAX_BUFFER_SIZE))
            .pollLingerMs(config.getLong(ReadingKeys.POLL_LINGER_MS))
            .tableStartupLimitMs(config.getLong(ReadingKeys.TABLE_MONITORING_STARTUP_POLLING_LIMIT_MS))
            .timestampGranularity(TimestampGranularity.parse(config.getString(TIMESTAMP_GRANULARITY)))
            .timestamps(timestamps(config))
            .incrementingMapping(TableRegexMapping.parse(INCREMENTING_COLUMN_MAPPING,
                config.getList(INCREMENTING_COLUMN_MAPPING), false))
            .query(query(config))
            .recordKeyMode(RecordKeyMode.parse(config.getString(RECORD_KEY_MODE)))
            .wakeupChannel(config.getString(WAKEUP_CHANNEL).trim())
            .wakeupTriggerCreate(config.getBoolean(WAKEUP_TRIGGER_CREATE))
            .build();
    }

    private static TimestampSettings timestamps(AbstractConfig config) {
        return new TimestampSettings(config.getList(TIMESTAMP_COLUMN),
            TableRegexMapping.parse(TIMESTAMP_COLUMNS_MAPPING, config.getList(TIMESTAMP_COLUMNS_MAPPING), true),
            config.getLong(TIMESTAMP_DELAY_MS), config.getLong(TIMESTAMP_INITIAL),
            config.getLong(TIMESTAMP_COMMIT_MAX_WAIT_MS));
    }

    /** {@code query}, else {@code query.masked} (validation refuses both at once). */
    private static QuerySettings query(AbstractConfig config) {
        String query = config.getString(QUERY);
        Password masked = config.getPassword(QUERY_MASKED);
        boolean fromMasked = query.trim().isEmpty() && masked != null && !masked.value().trim().isEmpty();
        return new QuerySettings(fromMasked ? masked.value() : query, fromMasked, config.getString(QUERY_SUFFIX));
    }

    /**
     * Empty, or a channel name as an unquoted identifier reads after PostgreSQL folds it: LISTEN, NOTIFY and
     * pg_notify() then all mean the same channel, and the name can stand in SQL text as a literal.
     */
    static final class ChannelName implements ConfigDef.Validator {
        private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

        @Override
        public void ensureValid(String name, Object value) {
            String channel = value == null ? "" : value.toString().trim();
            if (!channel.isEmpty() && !NAME.matcher(channel).matches()) {
                throw new ConfigException(name, value, "A channel name is lower-case letters, digits and '_', "
                    + "starting with a letter or '_', at most 63 characters (the name NOTIFY uses for an unquoted "
                    + "channel and pg_notify() is given)");
            }
        }

        @Override
        public String toString() {
            return "empty, or a lower-case PostgreSQL identifier such as ferry_wakeup";
        }
    }

    static final class TableTypes implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            List<?> types = (List<?>) value;
            if (types.isEmpty()) {
                throw new ConfigException(name, value, "Name at least one of " + TABLE_TYPE_NAMES);
            }
            for (Object type : types) {
                if (!TABLE_TYPE_NAMES.contains(type.toString().trim().toUpperCase(Locale.ROOT))) {
                    throw new ConfigException(name, value, "Unknown table type '" + type + "'; known: " + TABLE_TYPE_NAMES);
                }
            }
        }

        @Override
        public String toString() {
            return String.join(", ", TABLE_TYPE_NAMES);
        }
    }

    static final class NonBlankOrNull implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && value.toString().trim().isEmpty()) {
                throw new ConfigException(name, value, "Leave it unset for every schema, or give a pattern");
            }
        }

        @Override
        public String toString() {
            return "unset or a SQL LIKE pattern";
        }
    }

    static final class OnlyFalse implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (Boolean.TRUE.equals(value)) {
                throw new ConfigException(name, value, "precision_only mapping is not implemented by Ferry yet; "
                    + "use numeric.mapping=none or best_fit");
            }
        }

        @Override
        public String toString() {
            return "false";
        }
    }
}
