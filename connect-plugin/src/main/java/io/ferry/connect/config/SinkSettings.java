package io.ferry.connect.config;

import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.postgres.types.WallClock;
import io.ferry.connect.sql.IdentifierQuoting;
import io.ferry.connect.sql.TableId;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sink's configuration, parsed once by {@link SinkConfig#parse}. */
public final class SinkSettings {
    private final ConnectionSettings connection;
    private final IdentifierQuoting identifierQuoting;
    private final String tableNameFormat;
    private final InsertMode insertMode;
    private final PrimaryKeyMode pkMode;
    private final List<String> pkFields;
    private final Set<String> fieldsWhitelist;
    private final ZoneId dbTimeZone;
    private final int batchSize;
    private final boolean deleteEnabled;
    private final int maxRetries;
    private final long retryBackoffMs;
    private final TableId offsetsTable;
    private final String connectorName;
    private final boolean autoCreate;
    private final boolean autoEvolve;
    private final WriteOptions writeOptions;

    @SuppressWarnings("ParameterNumber")
    SinkSettings(ConnectionSettings connection, IdentifierQuoting identifierQuoting, String tableNameFormat,
                 InsertMode insertMode, PrimaryKeyMode pkMode, List<String> pkFields, Set<String> fieldsWhitelist,
                 ZoneId dbTimeZone, int batchSize, boolean deleteEnabled, int maxRetries,
                 long retryBackoffMs, TableId offsetsTable, String connectorName, boolean autoCreate,
                 boolean autoEvolve, WriteOptions writeOptions) {
        this.connection = connection;
        this.identifierQuoting = identifierQuoting;
        this.tableNameFormat = tableNameFormat;
        this.insertMode = insertMode;
        this.pkMode = pkMode;
        this.pkFields = Collections.unmodifiableList(pkFields);
        this.fieldsWhitelist = Collections.unmodifiableSet(fieldsWhitelist);
        this.dbTimeZone = dbTimeZone;
        this.batchSize = batchSize;
        this.deleteEnabled = deleteEnabled;
        this.maxRetries = maxRetries;
        this.retryBackoffMs = retryBackoffMs;
        this.offsetsTable = offsetsTable;
        this.connectorName = connectorName;
        this.autoCreate = autoCreate;
        this.autoEvolve = autoEvolve;
        this.writeOptions = writeOptions;
    }

    public ConnectionSettings connection() {
        return connection;
    }

    /** {@code quote.sql.identifiers}. */
    public IdentifierQuoting identifierQuoting() {
        return identifierQuoting;
    }

    /** The destination table of a topic, from {@code table.name.format}. */
    public TableId tableFor(String topic) {
        return TableId.parse(tableNameFormat.replace(SinkConfig.TOPIC_PLACEHOLDER, topic));
    }

    /** Whether {@code table.name.format} places the topic in the table's name. */
    public boolean tableNameDependsOnTopic() {
        return tableNameFormat.contains(SinkConfig.TOPIC_PLACEHOLDER);
    }

    public InsertMode insertMode() {
        return insertMode;
    }

    public PrimaryKeyMode pkMode() {
        return pkMode;
    }

    /** {@code pk.fields} as configured; for pk.mode=kafka, the three defaults when none are given. */
    public List<String> pkFields() {
        if (pkMode == PrimaryKeyMode.KAFKA && pkFields.isEmpty()) {
            return SinkConfig.KAFKA_PK_DEFAULTS;
        }
        return pkFields;
    }

    /** Empty means every field. */
    public Set<String> fieldsWhitelist() {
        return fieldsWhitelist;
    }

    public ZoneId dbTimeZone() {
        return dbTimeZone;
    }

    /** How dates and timestamps are spelled: db.timezone, date.timezone and date.calendar.system. */
    public WallClock wallClock() {
        ZoneId dateZone = writeOptions.dateTimezone() == DateTimezone.UTC ? ZoneOffset.UTC : dbTimeZone;
        return new WallClock(dbTimeZone, dateZone, writeOptions.calendar());
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean deleteEnabled() {
        return deleteEnabled;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public long retryBackoffMs() {
        return retryBackoffMs;
    }

    /** The table the sink keeps its offsets in ({@code offsets.storage.table}); empty when Kafka keeps them. */
    public Optional<TableId> offsetsTable() {
        return Optional.ofNullable(offsetsTable);
    }

    /** The connector's name (Connect's {@code name}); empty when not given, as in bare task tests. */
    public String connectorName() {
        return connectorName;
    }

    /** {@code auto.create}: a missing table is created from the record's schemas. */
    public boolean autoCreate() {
        return autoCreate;
    }

    /** {@code auto.evolve}: a column a record has and the table lacks is added. */
    public boolean autoEvolve() {
        return autoEvolve;
    }

    /** The keys of {@link WriteOptionsConfig}. */
    public WriteOptions writeOptions() {
        return writeOptions;
    }
}
