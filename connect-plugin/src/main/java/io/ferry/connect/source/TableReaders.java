package io.ferry.connect.source;

import io.ferry.connect.config.RecordKeyMode;
import io.ferry.connect.config.SourceMode;
import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.postgres.CatalogColumns;
import io.ferry.connect.postgres.OpenTransactions;
import io.ferry.connect.postgres.PrimaryKeyColumns;
import io.ferry.connect.postgres.SerialSequence;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.source.query.BulkQuery;
import io.ferry.connect.source.query.BulkReader;
import io.ferry.connect.source.query.CommitFrontier;
import io.ferry.connect.source.query.IncrementingQuery;
import io.ferry.connect.source.query.IncrementingReader;
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

/** Builds a task's table readers: reads each table's columns once and resumes stored offsets. */
final class TableReaders {
    private static final Logger log = LoggerFactory.getLogger(TableReaders.class);
    private static final Pattern LEGAL_TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");

    private final SourceSettings settings;
    private final PostgresTypes types;
    private final Identifiers identifiers;
    private final Clock clock;
    private final OpenTransactions transactions = new OpenTransactions();

    TableReaders(SourceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.types = new PostgresTypes(settings.dbTimeZone(), settings.numericMapping());
        this.identifiers = new Identifiers(settings.identifierQuoting());
    }

    List<TableReader> build(Connection connection, List<TableId> tables, OffsetStorageReader offsets)
        throws SQLException {
        Map<Map<String, String>, Map<String, Object>> stored = storedOffsets(tables, offsets);
        warnOnStandby(connection);
        List<TableReader> readers = new ArrayList<>();
        for (TableId id : tables) {
            List<CatalogColumn> columns = CatalogColumns.of(connection, id);
            if (columns.isEmpty()) {
                log.warn("Table {} no longer exists (or has no columns); it is not read", id);
                continue;
            }
            SourceTable table = SourceTable.of(id, columns, types);
            if (!table.unmappedColumns().isEmpty()) {
                log.warn("{}. These columns are LEFT OUT of the records of topic {}.", table.unmappedDescription(),
                    topic(id));
            }
            readers.add(reader(connection, keyed(connection, table), stored));
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
        if (settings.mode() == SourceMode.INCREMENTING && settings.incrementingGapMaxWaitMs() > 0
            && transactions.onStandby(connection)) {
            log.warn("Connected to a hot standby: it cannot see which transactions are open on the primary, so "
                + "incrementing mode does not hold rows for them and rows committed out of id order can be "
                + "skipped. Read from the primary to read every row.");
        }
    }

    private void warnOnCachedSequence(Connection connection, TableId table, String column) throws SQLException {
        if (settings.incrementingGapMaxWaitMs() == 0) {
            return;
        }
        long cache = new SerialSequence().cacheSize(connection, Identifiers.alwaysQuoting().quote(table), column);
        if (cache > 1) {
            log.warn("The sequence of {}.{} has CACHE {}: each session draws {} ids ahead and may commit them long"
                + " after other sessions committed higher ones, so incrementing mode can skip rows of this table."
                + " Ferry's guarantee against skipped rows needs CACHE 1 (ALTER SEQUENCE ... CACHE 1).", table, column,
                cache, cache);
        }
    }

    private TableReader reader(Connection connection, SourceTable table,
                               Map<Map<String, String>, Map<String, Object>> stored) throws SQLException {
        String topic = topic(table.id());
        if (!LEGAL_TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            log.warn("Table {} is published to topic '{}', which Kafka does not accept as a topic name (letters, "
                + "digits, '.', '_' and '-' only, at most 249): unless a transform such as RegexRouter renames "
                + "it, the task fails when it sends the first record", table.id(), topic);
        }
        if (settings.mode() == SourceMode.BULK) {
            return new BulkReader(table, topic, BulkQuery.of(identifiers, table.id(), table.selectedColumns()),
                settings.batchMaxRows());
        }
        IncrementingColumn column =
            IncrementingColumn.resolve(table, settings.incrementingColumn(), settings.validateNonNull());
        if (!column.found()) {
            throw new ConnectException(column.problem());
        }
        warnOnCachedSequence(connection, table.id(), column.name());
        Long last = lastValue(table.id(), stored);
        log.info("Reading table {} in incrementing mode on column {} {}", table.id(), column.name(),
            last == null ? "from the start" : "after value " + last);
        IncrementingQuery query =
            new IncrementingQuery(identifiers, table.id(), table.selectedColumns(), column.name());
        CommitFrontier frontier = new CommitFrontier(table.id().toString(), transactions::list,
            settings.incrementingGapMaxWaitMs(), clock);
        return new IncrementingReader(table, topic, query, column.name(), settings.batchMaxRows(), last, frontier);
    }

    private String topic(TableId id) {
        return settings.topicPrefix() + id.table();
    }

    private static Map<Map<String, String>, Map<String, Object>> storedOffsets(List<TableId> tables,
                                                                              OffsetStorageReader offsets) {
        Collection<Map<String, String>> partitions = tables.stream()
            .flatMap(t -> SourceOffsets.possiblePartitions(t).stream()).collect(Collectors.toList());
        return offsets.offsets(partitions);
    }

    private static Long lastValue(TableId table, Map<Map<String, String>, Map<String, Object>> stored) {
        for (Map<String, String> partition : SourceOffsets.possiblePartitions(table)) {
            Long value = SourceOffsets.lastIncrementingValue(stored.get(partition));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
