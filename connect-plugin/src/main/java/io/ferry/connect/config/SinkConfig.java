package io.ferry.connect.config;

import io.ferry.connect.sql.TableId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/**
 * The sink connector's keys, with the Confluent JDBC sink's names, meanings and defaults, and
 * the parsing of them into {@link SinkSettings}.
 */
public final class SinkConfig {
    public static final String TABLE_NAME_FORMAT = "table.name.format";
    public static final String INSERT_MODE = "insert.mode";
    public static final String PK_MODE = "pk.mode";
    public static final String PK_FIELDS = "pk.fields";
    public static final String FIELDS_WHITELIST = "fields.whitelist";
    public static final String DB_TIMEZONE = "db.timezone";
    public static final String BATCH_SIZE = "batch.size";
    public static final String DELETE_ENABLED = "delete.enabled";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    public static final String AUTO_CREATE = "auto.create";
    public static final String AUTO_EVOLVE = "auto.evolve";
    public static final String OFFSETS_STORAGE_TABLE = "offsets.storage.table";
    /** Connect puts the connector's name into every connector and task config. */
    public static final String CONNECTOR_NAME = "name";

    public static final String TOPIC_PLACEHOLDER = "${topic}";
    public static final List<String> KAFKA_PK_DEFAULTS =
        Collections.unmodifiableList(Arrays.asList("__connect_topic", "__connect_partition", "__connect_offset"));

    private static final String WRITES = "Writes";
    private static final String DATA_MAPPING = "Data Mapping";
    private static final String DDL = "DDL Support";
    private static final String RETRIES = "Retries";
    private static final String EXACTLY_ONCE = "Exactly Once";

    private static final ConfigDef DEFINITION = define();

    private SinkConfig() {
    }

    public static ConfigDef configDef() {
        return DEFINITION;
    }

    /** Parses and checks every key alone; cross-key rules are {@link SinkConfigChecks}'. */
    public static SinkSettings parse(Map<String, String> props) {
        AbstractConfig config = new AbstractConfig(DEFINITION, props, false);
        return new SinkSettings(
            ConnectionConfig.settings(config),
            ConnectionConfig.quoting(config),
            config.getString(TABLE_NAME_FORMAT).trim(),
            InsertMode.parse(config.getString(INSERT_MODE)),
            PrimaryKeyMode.parse(config.getString(PK_MODE)),
            trimmed(config.getList(PK_FIELDS)),
            new LinkedHashSet<>(trimmed(config.getList(FIELDS_WHITELIST))),
            DbTimeZone.parse(config.getString(DB_TIMEZONE)),
            config.getInt(BATCH_SIZE),
            config.getBoolean(DELETE_ENABLED),
            config.getInt(MAX_RETRIES),
            config.getInt(RETRY_BACKOFF_MS),
            offsetsTable(config.getString(OFFSETS_STORAGE_TABLE)),
            props.getOrDefault(CONNECTOR_NAME, "").trim(),
            config.getBoolean(AUTO_CREATE),
            config.getBoolean(AUTO_EVOLVE),
            WriteOptionsConfig.options(config));
    }

    private static TableId offsetsTable(String name) {
        return name == null || name.trim().isEmpty() ? null : TableId.parse(name.trim());
    }

    static List<String> trimmed(List<String> names) {
        return Arrays.asList(names.stream().map(String::trim).filter(n -> !n.isEmpty()).toArray(String[]::new));
    }

    private static ConfigDef define() {
        ConfigDef def = ConnectionConfig.define(new ConfigDef());
        defineWrites(def);
        defineDataMapping(def);
        defineDdl(def);
        defineRetries(def);
        defineExactlyOnce(def);
        WriteOptionsConfig.define(def);
        return def;
    }

    private static void defineWrites(ConfigDef def) {
        int order = 0;
        def.define(INSERT_MODE, Type.STRING, "insert", EnumValidator.of(InsertMode.class), Importance.HIGH,
                "How records are written: 'insert' (plain INSERT), 'upsert' (INSERT ... ON CONFLICT "
                    + "DO UPDATE, needs a primary key from pk.mode) or 'update' (UPDATE by primary key).",
                WRITES, ++order, Width.MEDIUM, "Insert Mode")
            .define(BATCH_SIZE, Type.INT, 3000, ConfigDef.Range.atLeast(1), Importance.MEDIUM,
                "The most rows of one table sent in one statement batch, and the most rows waiting "
                    + "while a batch is written: a writer thread writes them in one transaction as soon "
                    + "as it is free, while the worker converts the next records.",
                WRITES, ++order, Width.SHORT, "Batch Size")
            .define(DELETE_ENABLED, Type.BOOLEAN, false, new TrueOrFalse(), Importance.MEDIUM,
                "Whether a record with a null value (a tombstone) deletes the row of its key. "
                    + "Requires pk.mode=record_key.",
                WRITES, ++order, Width.SHORT, "Enable deletes");
    }

    private static void defineDataMapping(ConfigDef def) {
        int order = 0;
        def.define(TABLE_NAME_FORMAT, Type.STRING, TOPIC_PLACEHOLDER, new TableNameFormatValidator(),
                Importance.MEDIUM,
                "The destination table of a record; '${topic}' stands for the record's topic. May be "
                    + "schema-qualified (schema.table). The table must exist, unless auto.create is set.",
                DATA_MAPPING, ++order, Width.LONG, "Table Name Format")
            .define(PK_MODE, Type.STRING, "none", EnumValidator.of(PrimaryKeyMode.class), Importance.HIGH,
                "Where the primary key comes from: 'none', 'kafka' (topic, partition and offset "
                    + "columns), 'record_key' (the key, primitive or struct) or 'record_value' "
                    + "(fields of the value).",
                DATA_MAPPING, ++order, Width.MEDIUM, "Primary Key Mode")
            .define(PK_FIELDS, Type.LIST, "", new NamesValidator(), Importance.MEDIUM,
                "The primary key column names, by pk.mode. kafka: three names for topic, partition "
                    + "and offset (default " + String.join(",", KAFKA_PK_DEFAULTS) + "). record_key: "
                    + "the one column of a primitive key, or the key struct's fields to use (empty = "
                    + "all). record_value: the value fields to use (empty = all).",
                DATA_MAPPING, ++order, Width.LONG, "Primary Key Fields")
            .define(FIELDS_WHITELIST, Type.LIST, "", new NamesValidator(), Importance.MEDIUM,
                "The value fields to write (empty = all). Primary key fields are always written.",
                DATA_MAPPING, ++order, Width.LONG, "Fields Whitelist")
            .define(DB_TIMEZONE, Type.STRING, "UTC", new DbTimeZone(), Importance.MEDIUM,
                "The time zone in which Connect Timestamps are written into 'timestamp without time "
                    + "zone' columns, e.g. UTC or Europe/Berlin; with date.timezone=DB_TIMEZONE (the default) "
                    + "also the zone in which Connect Dates are read as days.",
                DATA_MAPPING, ++order, Width.MEDIUM, "DB Time Zone");
    }

    private static void defineDdl(ConfigDef def) {
        int order = 0;
        def.define(AUTO_CREATE, Type.BOOLEAN, false, new TrueOrFalse(), Importance.MEDIUM,
                "Whether to create a missing destination table (CREATE TABLE IF NOT EXISTS) from the "
                    + "record's schemas: a column per field, typed as Confluent's PostgreSQL dialect types "
                    + "it, NOT NULL for a required field, the field's default as the column's DEFAULT, and "
                    + "the primary key of pk.mode and pk.fields. It creates a TABLE, which table.types must allow.",
                DDL, ++order, Width.SHORT, "Auto-Create")
            .define(AUTO_EVOLVE, Type.BOOLEAN, false, new TrueOrFalse(), Importance.MEDIUM,
                "Whether to add the columns a record has and the table lacks (ALTER TABLE ... ADD COLUMN "
                    + "IF NOT EXISTS), nullable or with the field's default. Columns are never dropped, "
                    + "renamed or changed; a new required field without a default is a bad record.",
                DDL, ++order, Width.SHORT, "Auto-Evolve");
    }

    private static void defineRetries(ConfigDef def) {
        int order = 0;
        def.define(MAX_RETRIES, Type.INT, 10, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                "How many times in a row a write that failed with a transient error (lost "
                    + "connection, deadlock, serialization failure, server shutting down) is retried "
                    + "before the task fails. Other failures are not retried: bad records go to the dead "
                    + "letter queue or fail the task, as environment errors do at once (Confluent's sink "
                    + "retries every database error of a write instead).",
                RETRIES, ++order, Width.SHORT, "Maximum Retries")
            .define(RETRY_BACKOFF_MS, Type.INT, 3000, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                "How long to wait, in milliseconds, before retrying a failed write.",
                RETRIES, ++order, Width.SHORT, "Retry Backoff (millis)");
    }

    private static void defineExactlyOnce(ConfigDef def) {
        def.define(OFFSETS_STORAGE_TABLE, Type.STRING, "", new OptionalTableValidator(), Importance.MEDIUM,
            "A Ferry option, not in Confluent's sink. When set, names a table in the target database (e.g. "
                + "ferry_sink_offsets, may be schema-qualified) where the sink keeps its Kafka offsets, per "
                + "connector name, topic and partition, written in the same transaction as the rows. On start "
                + "and on each partition assignment the sink resumes from there, so a crash or restart never "
                + "writes a record twice, even in insert mode without a key. The sink creates the table when "
                + "it is missing (this needs the CREATE privilege on the schema once). Empty (the default): "
                + "offsets are Kafka's consumer offsets only, and a crash can write the records since the "
                + "last commit again.",
            EXACTLY_ONCE, 1, Width.LONG, "Offsets Storage Table");
    }

    /** A boolean key that must be set to one of the two, not to null. */
    static final class TrueOrFalse implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                throw new ConfigException(name, null, "Must be true or false");
            }
        }

        @Override
        public String toString() {
            return "true, false";
        }
    }

    /** Lists of column or field names: no blank entries. */
    static final class NamesValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value instanceof List) {
                for (Object entry : (List<?>) value) {
                    if (entry == null || entry.toString().trim().isEmpty()) {
                        throw new ConfigException(name, value, "Names cannot be empty");
                    }
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated names";
        }
    }

    static final class TableNameFormatValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String format = value == null ? "" : value.toString().trim();
            if (format.isEmpty()) {
                throw new ConfigException(name, value, "Must name a table, e.g. ${topic} or myschema.${topic}");
            }
            try {
                TableId.parse(format.replace(TOPIC_PLACEHOLDER, "topic"));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "table name, optionally schema-qualified, where ${topic} is the topic";
        }
    }

    /** offsets.storage.table: empty, or a table name. */
    static final class OptionalTableValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String table = value == null ? "" : value.toString().trim();
            if (table.isEmpty()) {
                return;
            }
            try {
                TableId.parse(table);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "empty, or a table name, optionally schema-qualified";
        }
    }
}
