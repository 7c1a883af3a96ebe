package io.ferry.connect.source;

import io.ferry.connect.config.RecordKeyMode;
import io.ferry.connect.config.SourceMode;
import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.postgres.CatalogColumns;
import io.ferry.connect.postgres.OpenTransactions;
import io.ferry.connect.postgres.PrimaryKeyColumns;
import io.ferry.connect.postgres.QueryColumns;
import io.ferry.connect.postgres.SerialSequence;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.source.query.BulkQuery;
import io.ferry.connect.source.query.BulkReader;
import io.ferry.connect.source.query.CommitFrontier;
import io.ferry.connect.source.query.IncrementingQuery;
import io.ferry.connect.source.query.IncrementingReader;
import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.source.query.SourceOffsets;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.query.TableReader;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a task's readers: reads the columns of each table (or of the custom query's rows) once and
 * resumes stored offsets.
 */
final class TableReaders {
    private static final Logger log = LoggerFactory.getLogger(TableReaders.class);
    private static final Pattern LEGAL_TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");

    private final SourceSettings settings;
    private final PostgresTypes types;
    private final Identifiers identifiers;
    private final Clock clock;
    private final OpenTransactions transactions = new OpenTransactions();
    private final ConfiguredColumns configured;

    TableReaders(SourceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.types = settings.types();
        this.identifiers = new Identifiers(settings.identifierQuoting());
        this.configured = new ConfiguredColumns(settings);
    }

    List<TableReader> build(Connection connection, List<TableId> tables, OffsetStorageReader offsets)
        throws SQLException {
        String sameNames = SameNamedTables.problem(tables, settings.topicPrefix());
        if (sameNames != null) {
            throw new ConnectException(sameNames);
        }
        List<RowSource> sources = settings.query().isSet()
            ? List.of(RowSource.query(settings.query().text()))
            : tables.stream().map(RowSource::table).collect(Collectors.toList());
        String database = connection.getCatalog();
        Map<Map<String, String>, Map<String, Object>> stored = storedOffsets(sources, database, offsets);
        warnOnStandby(connection);
        List<TableReader> readers = new ArrayList<>();
        for (RowSource source : sources) {
            List<CatalogColumn> columns = source.isQuery() ? QueryColumns.of(connection, settings.query().text())
                : CatalogColumns.of(connection, source.tableId());
            if (columns.isEmpty()) {
                log.warn("{} no longer exists (or has no columns); it is not read", source);
                continue;
            }
            SourceTable table = SourceTable.of(source, columns, types);
            if (!table.unmappedColumns().isEmpty()) {
                log.warn("{}. These columns are LEFT OUT of the records of topic {}.", table.unmappedDescription(),
                    topic(table));
            }
            readers.add(reader(connection, keyed(connection, table), offset(source, database, stored)));
        }
        connection.commit();
        return readers;
    }

    /** The table, its records keyed as record.key.mode says; a table that cannot be keyed fails the task. */
    private SourceTable keyed(Connection connection, SourceTable table) throws SQLException {
        if (settings.recordKeyMode() == RecordKeyMode.NONE) {
            return table;
        }
        PrimaryKeyRecordKey key = PrimaryKeyRecordKey.resolve(table, PrimaryKeyColumns.of(connection, table.id()));
        if (!key.found()) {
            throw new ConnectException(key.problem());
        }
        return key.table();
    }

    private void warnOnStandby(Connection connection) throws SQLException {
        boolean holds = settings.mode() == SourceMode.INCREMENTING ? settings.incrementingGapMaxWaitMs() > 0
            : settings.mode().usesTimestamps() && settings.timestamps().commitMaxWaitMs() > 0;
        if (holds && transactions.onStandby(connection)) {
            log.warn("Connected to a hot standby: it cannot see which transactions are open on the primary, so "
                + "{} mode does not hold rows for them and rows committed out of order can be skipped. Read from "
                + "the primary to read every row.", settings.mode().configValue());
        }
    }

    private void warnOnCachedSequence(Connection connection, SourceTable table, String column) throws SQLException {
        if (settings.incrementingGapMaxWaitMs() == 0 || table.source().isQuery()) {
            return;
        }
        long cache = new SerialSequence().cacheSize(connection, Identifiers.alwaysQuoting().quote(table.id()), column);
        if (cache > 1) {
            log.warn("The sequence of {}.{} has CACHE {}: each session draws {} ids ahead and may commit them long"
                + " after other sessions committed higher ones, so incrementing mode can skip rows of this table."
                + " Ferry's guarantee against skipped rows needs CACHE 1 (ALTER SEQUENCE ... CACHE 1).", table.id(),
                column, cache, cache);
        }
    }

    private TableReader reader(Connection connection, SourceTable table, Map<String, Object> offset)
        throws SQLException {
        String topic = topic(table);
        warnOnIllegalTopic(table, topic);
        switch (settings.mode()) {
            case BULK:
                return new BulkReader(table, topic, BulkQuery.of(identifiers, table.source(),
                    table.selectedColumns(), settings.query().suffix()), settings.batchMaxRows());
            case INCREMENTING:
                return incrementingReader(connection, table, topic, offset);
            default:
                return new TimestampReaders(settings, identifiers, transactions, clock)
                    .reader(connection, table, topic, columns(table), offset);
        }
    }

    private TableReader incrementingReader(Connection connection, SourceTable table, String topic,
                                           Map<String, Object> offset) throws SQLException {
        String column = incrementingColumn(table);
        warnOnCachedSequence(connection, table, column);
        Long last = SourceOffsets.lastIncrementingValue(offset);
        log.info("Reading {} in incrementing mode on column {} {}", table, column,
            last == null ? "from the start" : "after value " + last);
        IncrementingQuery query = new IncrementingQuery(identifiers, table.source(), table.selectedColumns(), column,
            settings.query().suffix());
        CommitFrontier frontier = new CommitFrontier(table.title(), transactions::list,
            settings.incrementingGapMaxWaitMs(), clock);
        return new IncrementingReader(table, topic, query, column, settings.batchMaxRows(), last, frontier);
    }

    private String incrementingColumn(SourceTable table) {
        IncrementingColumn column = configured.incrementing(table);
        if (!column.found()) {
            throw new ConnectException(column.problem());
        }
        return column.name();
    }

    /** The timestamp columns, and in timestamp+incrementing mode the incrementing column, of a table. */
    private TimestampReaders.Columns columns(SourceTable table) {
        TimestampColumns timestamps = configured.timestamps(table);
        if (!timestamps.found()) {
            throw new ConnectException(timestamps.problem());
        }
        String incrementing = settings.mode().usesIncrementingColumn() ? incrementingColumn(table) : null;
        return new TimestampReaders.Columns(timestamps, incrementing);
    }

    private String topic(SourceTable table) {
        return table.source().topic(settings.topicPrefix());
    }

    private static void warnOnIllegalTopic(SourceTable table, String topic) {
        if (!LEGAL_TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            log.warn("{} is published to topic '{}', which Kafka does not accept as a topic name (letters, "
                + "digits, '.', '_' and '-' only, at most 249): unless a transform such as RegexRouter renames "
                + "it, the task fails when it sends the first record", table.title(), topic);
        }
    }

    private static Map<Map<String, String>, Map<String, Object>> storedOffsets(List<RowSource> sources,
                                                                              String database,
                                                                              OffsetStorageReader offsets) {
        Collection<Map<String, String>> partitions = sources.stream()
            .flatMap(s -> s.possiblePartitions(database).stream()).collect(Collectors.toList());
        return offsets.offsets(partitions);
    }

    /** The offset stored under the newest of the source's partitions that has one; {@code null} when none has. */
    private static Map<String, Object> offset(RowSource source, String database,
                                              Map<Map<String, String>, Map<String, Object>> stored) {
        for (Map<String, String> partition : source.possiblePartitions(database)) {
            Map<String, Object> offset = stored.get(partition);
            if (offset != null) {
                return offset;
            }
        }
        return null;
    }
}
