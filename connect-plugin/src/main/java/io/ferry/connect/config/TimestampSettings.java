package io.ferry.connect.config;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The keys of the timestamp modes, parsed; see {@link SourceConfig} for each. */
public final class TimestampSettings {
    /** {@code timestamp.initial}: start at the database's time now. */
    public static final long INITIAL_NOW = -1L;

    private final List<String> columns;
    private final TableRegexMapping columnsMapping;
    private final long delayMs;
    private final Long initial;
    private final long commitMaxWaitMs;

    TimestampSettings(List<String> columns, TableRegexMapping columnsMapping, long delayMs, Long initial,
                      long commitMaxWaitMs) {
        this.columns = Collections.unmodifiableList(columns.stream().map(String::trim).filter(c -> !c.isEmpty())
            .collect(Collectors.toList()));
        this.columnsMapping = columnsMapping;
        this.delayMs = delayMs;
        this.initial = initial;
        this.commitMaxWaitMs = commitMaxWaitMs;
    }

    static TimestampSettings none() {
        return new TimestampSettings(Collections.emptyList(), TableRegexMapping.none(), 0, null, 0);
    }

    /** {@code timestamp.column.name}: the columns of every table; empty when unset. */
    public List<String> columns() {
        return columns;
    }

    /** {@code timestamp.columns.mapping}: the columns per table, when set. */
    public TableRegexMapping columnsMapping() {
        return columnsMapping;
    }

    public long delayMs() {
        return delayMs;
    }

    /** {@code timestamp.initial}: epoch ms to start from when no offset is stored, {@link #INITIAL_NOW}, or null. */
    public Long initial() {
        return initial;
    }

    /** How long a transaction open at a read may hold rows back; 0: not at all. */
    public long commitMaxWaitMs() {
        return commitMaxWaitMs;
    }
}
