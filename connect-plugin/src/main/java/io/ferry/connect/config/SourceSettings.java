package io.ferry.connect.config;

import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.sql.IdentifierQuoting;
import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.sql.TableId;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The source connector's configuration, parsed once; see {@link SourceConfig} for each key. */
public final class SourceSettings {
    private final ConnectionSettings connection;
    private final IdentifierQuoting identifierQuoting;
    private final List<TableId> whitelist;
    private final List<TableId> blacklist;
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
    private final RecordKeyMode recordKeyMode;
    private final String wakeupChannel;
    private final boolean wakeupTriggerCreate;

    private SourceSettings(Builder b) {
        this.connection = b.connection;
        this.identifierQuoting = b.identifierQuoting;
        this.whitelist = b.whitelist;
        this.blacklist = b.blacklist;
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
        this.recordKeyMode = b.recordKeyMode;
        this.wakeupChannel = b.wakeupChannel;
        this.wakeupTriggerCreate = b.wakeupTriggerCreate;
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

    static final class Builder {
        private ConnectionSettings connection;
        private IdentifierQuoting identifierQuoting = IdentifierQuoting.ALWAYS;
        private List<TableId> whitelist = Collections.emptyList();
        private List<TableId> blacklist = Collections.emptyList();
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
        private RecordKeyMode recordKeyMode = RecordKeyMode.NONE;
        private String wakeupChannel = "";
        private boolean wakeupTriggerCreate;

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

        SourceSettings build() {
            return new SourceSettings(this);
        }
    }
}
