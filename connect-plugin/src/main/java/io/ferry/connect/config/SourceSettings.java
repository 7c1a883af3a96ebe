package io.ferry.connect.config;

import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.sql.IdentifierQuoting;
import io.ferry.connect.postgres.types.DateCalendar;
import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.postgres.types.TimestampGranularity;
import io.ferry.connect.sql.TableId;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The source connector's configuration, parsed once; see {@link SourceConfig} for each key. */
public final class SourceSettings {
    private final ConnectionSettings connection;
    private final IdentifierQuoting identifierQuoting;
    private final List<TableId> whitelist;
    private final List<TableId> blacklist;
    private final List<Pattern> includeList;
    private final List<Pattern> excludeList;
    private final String catalogPattern;
    private final String schemaPattern;
    private final List<String> tableTypes;
    private final NumericMapping numericMapping;
    private final SourceMode mode;
    private final String incrementingColumn;
    private final boolean validateNonNull;
    private final long incrementingGapMaxWaitMs;
    private final String topicPrefix;
    private final int pollIntervalMs;
    private final int batchMaxRows;
    private final long tablePollIntervalMs;
    private final ZoneId dbTimeZone;
    private final TransactionIsolation transactionIsolation;
    private final int queryRetryAttempts;
    private final DateCalendar dateCalendar;
    private final int maxBufferSize;
    private final long pollLingerMs;
    private final long tableStartupLimitMs;
    private final RecordKeyMode recordKeyMode;
    private final String wakeupChannel;
    private final boolean wakeupTriggerCreate;
    private final TimestampGranularity timestampGranularity;
    private final TimestampSettings timestamps;
    private final TableRegexMapping incrementingMapping;
    private final QuerySettings query;

    private SourceSettings(Builder b) {
        this.connection = b.connection;
        this.identifierQuoting = b.identifierQuoting;
        this.whitelist = b.whitelist;
        this.blacklist = b.blacklist;
        this.includeList = b.includeList;
        this.excludeList = b.excludeList;
        this.catalogPattern = b.catalogPattern;
        this.schemaPattern = b.schemaPattern;
        this.tableTypes = b.tableTypes;
        this.numericMapping = b.numericMapping;
        this.mode = b.mode;
        this.incrementingColumn = b.incrementingColumn;
        this.validateNonNull = b.validateNonNull;
        this.incrementingGapMaxWaitMs = b.incrementingGapMaxWaitMs;
        this.topicPrefix = b.topicPrefix;
        this.pollIntervalMs = b.pollIntervalMs;
        this.batchMaxRows = b.batchMaxRows;
        this.tablePollIntervalMs = b.tablePollIntervalMs;
        this.dbTimeZone = b.dbTimeZone;
        this.transactionIsolation = b.transactionIsolation;
        this.queryRetryAttempts = b.queryRetryAttempts;
        this.dateCalendar = b.dateCalendar;
        this.maxBufferSize = b.maxBufferSize;
        this.pollLingerMs = b.pollLingerMs;
        this.tableStartupLimitMs = b.tableStartupLimitMs;
        this.recordKeyMode = b.recordKeyMode;
        this.wakeupChannel = b.wakeupChannel;
        this.wakeupTriggerCreate = b.wakeupTriggerCreate;
        this.timestampGranularity = b.timestampGranularity;
        this.timestamps = b.timestamps;
        this.incrementingMapping = b.incrementingMapping;
        this.query = b.query;
    }

    public ConnectionSettings connection() {
        return connection;
    }

    /** {@code quote.sql.identifiers}. */
    public IdentifierQuoting identifierQuoting() {
        return identifierQuoting;
    }

    public List<TableId> whitelist() {
        return whitelist;
    }

    public List<TableId> blacklist() {
        return blacklist;
    }

    /** {@code table.include.list}: full-name patterns of the tables to read; empty when unset. */
    public List<Pattern> includeList() {
        return includeList;
    }

    /** {@code table.exclude.list}: full-name patterns of tables not to read. */
    public List<Pattern> excludeList() {
        return excludeList;
    }

    /** {@code null} means the connected database; any other name than it selects no table. */
    public String catalogPattern() {
        return catalogPattern;
    }

    /** {@code null} means every non-system schema. */
    public String schemaPattern() {
        return schemaPattern;
    }

    public List<String> tableTypes() {
        return tableTypes;
    }

    public NumericMapping numericMapping() {
        return numericMapping;
    }

    /** {@code null} when unset, which {@code validate()} reports. */
    public SourceMode mode() {
        return mode;
    }

    /** Empty means: detect each table's auto-increment column. */
    public String incrementingColumn() {
        return incrementingColumn;
    }

    public boolean validateNonNull() {
        return validateNonNull;
    }

    /** How long rows after a gap wait for open transactions; 0: not at all. */
    public long incrementingGapMaxWaitMs() {
        return incrementingGapMaxWaitMs;
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    public int pollIntervalMs() {
        return pollIntervalMs;
    }

    public int batchMaxRows() {
        return batchMaxRows;
    }

    public long tablePollIntervalMs() {
        return tablePollIntervalMs;
    }

    public ZoneId dbTimeZone() {
        return dbTimeZone;
    }

    public TransactionIsolation transactionIsolation() {
        return transactionIsolation;
    }

    /** The failed reads of a table in a row that fail the task (at the n-th); 0 or less: none does. */
    public int queryRetryAttempts() {
        return queryRetryAttempts;
    }

    /** {@code date.calendar.system}: the calendar read dates and timestamps are counted in. */
    public DateCalendar dateCalendar() {
        return dateCalendar;
    }

    /** Whether a page may be read ahead: it fits in max.buffer.size (0: 4 x batch.max.rows, as in Confluent). */
    public boolean readAhead() {
        return maxBufferSize == 0 || maxBufferSize >= batchMaxRows;
    }

    /** {@code poll.linger.ms}: the longest a poll waits for records. */
    public long pollLingerMs() {
        return pollLingerMs;
    }

    /** How long the connector waits at start for its first list of tables. */
    public long tableStartupLimitMs() {
        return tableStartupLimitMs;
    }

    /** What each record's key holds. */
    public RecordKeyMode recordKeyMode() {
        return recordKeyMode;
    }

    /** The channel the task listens on for wake-ups; empty when the wake-up is off. */
    public String wakeupChannel() {
        return wakeupChannel;
    }

    public boolean wakeupEnabled() {
        return !wakeupChannel.isEmpty();
    }

    /** Whether tasks install the wake-up trigger on their tables. */
    public boolean wakeupTriggerCreate() {
        return wakeupTriggerCreate;
    }

    public TimestampGranularity timestampGranularity() {
        return timestampGranularity;
    }

    /** The keys of the timestamp modes. */
    public TimestampSettings timestamps() {
        return timestamps;
    }

    /** {@code incrementing.column.mapping}: the incrementing column per table, when set. */
    public TableRegexMapping incrementingMapping() {
        return incrementingMapping;
    }

    /** The custom query, when one replaces the tables. */
    public QuerySettings query() {
        return query;
    }

    /** The types as the source reads them with these settings. */
    public PostgresTypes types() {
        return new PostgresTypes(dbTimeZone, numericMapping, dateCalendar, timestampGranularity);
    }

    static final class Builder {
        private ConnectionSettings connection;
        private IdentifierQuoting identifierQuoting = IdentifierQuoting.ALWAYS;
        private List<TableId> whitelist = Collections.emptyList();
        private List<TableId> blacklist = Collections.emptyList();
        private List<Pattern> includeList = Collections.emptyList();
        private List<Pattern> excludeList = Collections.emptyList();
        private String catalogPattern;
        private String schemaPattern;
        private List<String> tableTypes = Collections.singletonList("TABLE");
        private NumericMapping numericMapping = NumericMapping.NONE;
        private SourceMode mode;
        private String incrementingColumn = "";
        private boolean validateNonNull = true;
        private long incrementingGapMaxWaitMs;
        private String topicPrefix;
        private int pollIntervalMs;
        private int batchMaxRows;
        private long tablePollIntervalMs;
        private ZoneId dbTimeZone;
        private TransactionIsolation transactionIsolation = TransactionIsolation.DEFAULT;
        private int queryRetryAttempts = -1;
        private DateCalendar dateCalendar = DateCalendar.LEGACY;
        private int maxBufferSize;
        private long pollLingerMs;
        private long tableStartupLimitMs;
        private RecordKeyMode recordKeyMode = RecordKeyMode.NONE;
        private String wakeupChannel = "";
        private boolean wakeupTriggerCreate;
        private TimestampGranularity timestampGranularity = TimestampGranularity.CONNECT_LOGICAL;
        private TimestampSettings timestamps = TimestampSettings.none();
        private TableRegexMapping incrementingMapping = TableRegexMapping.none();
        private QuerySettings query = new QuerySettings("", false, "");

        Builder connection(ConnectionSettings value) {
            connection = value;
            return this;
        }

        Builder identifierQuoting(IdentifierQuoting value) {
            identifierQuoting = value;
            return this;
        }

        Builder whitelist(List<String> names) {
            whitelist = tableIds(names);
            return this;
        }

        Builder blacklist(List<String> names) {
            blacklist = tableIds(names);
            return this;
        }

        private static List<TableId> tableIds(List<String> names) {
            return Collections.unmodifiableList(names.stream()
                .filter(n -> !n.trim().isEmpty()).map(TableId::parse).collect(Collectors.toList()));
        }

        Builder includeList(List<Pattern> value) {
            includeList = value;
            return this;
        }

        Builder excludeList(List<Pattern> value) {
            excludeList = value;
            return this;
        }

        Builder catalogPattern(String value) {
            catalogPattern = value;
            return this;
        }

        Builder schemaPattern(String value) {
            schemaPattern = value;
            return this;
        }

        Builder tableTypes(List<String> value) {
            tableTypes = Collections.unmodifiableList(value);
            return this;
        }

        Builder numericMapping(NumericMapping value) {
            numericMapping = value;
            return this;
        }

        Builder mode(SourceMode value) {
            mode = value;
            return this;
        }

        Builder incrementingColumn(String value) {
            incrementingColumn = value;
            return this;
        }

        Builder validateNonNull(boolean value) {
            validateNonNull = value;
            return this;
        }

        Builder incrementingGapMaxWaitMs(long value) {
            incrementingGapMaxWaitMs = value;
            return this;
        }

        Builder topicPrefix(String value) {
            topicPrefix = value;
            return this;
        }

        Builder pollIntervalMs(int value) {
            pollIntervalMs = value;
            return this;
        }

        Builder batchMaxRows(int value) {
            batchMaxRows = value;
            return this;
        }

        Builder tablePollIntervalMs(long value) {
            tablePollIntervalMs = value;
            return this;
        }

        Builder dbTimeZone(ZoneId value) {
            dbTimeZone = value;
            return this;
        }

        Builder transactionIsolation(TransactionIsolation value) {
            transactionIsolation = value;
            return this;
        }

        Builder queryRetryAttempts(int value) {
            queryRetryAttempts = value;
            return this;
        }

        Builder dateCalendar(DateCalendar value) {
            dateCalendar = value;
            return this;
        }

        Builder maxBufferSize(int value) {
            maxBufferSize = value;
            return this;
        }

        Builder pollLingerMs(long value) {
            pollLingerMs = value;
            return this;
        }

        Builder tableStartupLimitMs(long value) {
            tableStartupLimitMs = value;
            return this;
        }

        Builder recordKeyMode(RecordKeyMode value) {
            recordKeyMode = value;
            return this;
        }

        Builder wakeupChannel(String value) {
            wakeupChannel = value;
            return this;
        }

        Builder wakeupTriggerCreate(boolean value) {
            wakeupTriggerCreate = value;
            return this;
        }

        Builder timestampGranularity(TimestampGranularity value) {
            timestampGranularity = value;
            return this;
        }

        Builder timestamps(TimestampSettings value) {
            timestamps = value;
            return this;
        }

        Builder incrementingMapping(TableRegexMapping value) {
            incrementingMapping = value;
            return this;
        }

        Builder query(QuerySettings value) {
            query = value;
            return this;
        }

        SourceSettings build() {
            return new SourceSettings(this);
        }
    }
}
