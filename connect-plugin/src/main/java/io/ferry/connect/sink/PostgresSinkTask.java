package io.ferry.connect.sink;

import io.ferry.connect.Version;
import io.ferry.connect.config.ConnectionSettings;
import io.ferry.connect.config.InsertMode;
import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.ValueBinder;
import io.ferry.connect.postgres.DriverUrls;
import io.ferry.connect.postgres.ServerErrorDetails;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes records into PostgreSQL tables. Every {@code put()} is written before it returns, as
 * Confluent's sink does, so rows reach the target as soon as the worker hands them over: one
 * transaction per put, in statements of at most {@code batch.size} rows per table.
 *
 * <p>A transient failure during {@code put()} rolls back and drops that call's records, which the
 * worker redelivers after the backoff; records of earlier calls stay buffered. A failure while
 * flushing for a commit drops the whole buffer: the worker then rewinds to the last committed
 * offsets and redelivers it. A fatal failure there fails the next {@code put()}.
 *
 * <p>With {@code offsets.storage.table}, each put's transaction also stores the next offset of
 * every partition it consumed (records sent to the dead letter queue included); {@code open()}
 * seeks the consumer there, and records below it are skipped, so no record is written twice.
 */
public class PostgresSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(PostgresSinkTask.class);

    private SinkSettings settings;
    private ConnectionSource connections;
    private RowExtractor extractor;
    private TableCatalog catalog;
    private RunPlanner planner;
    private SinkWriter writer;
    private RetryPolicy retries;
    private ErrantRecords errant;
    private OffsetStore offsets;
    private final WriteBuffer buffer = new WriteBuffer();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private RuntimeException pendingFailure;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        settings = SinkConfigChecks.parseValid(props);
        ConnectionSettings connection = settings.connection();
        connections = new ConnectionSource(new ConnectionSettings(DriverUrls.withBatchedInserts(connection.url()),
            connection.user(), connection.password(), connection.attempts(), connection.backoffMs(),
            connection.quoting()), "ferry-sink-" + Integer.toHexString(System.identityHashCode(this)), 2);
        Identifiers identifiers = new Identifiers(connection.quoting());
        extractor = new RowExtractor(settings);
        catalog = new TableCatalog(connections, connection.quoting());
        planner = new RunPlanner(settings.insertMode() != InsertMode.INSERT);
        errant = ErrantRecords.of(context);
        writer = new SinkWriter(connections, new StatementFactory(settings.insertMode(), identifiers), catalog,
            new ValueBinder(settings.dbTimeZone()), settings.batchSize(), errant);
        retries = new RetryPolicy(settings.maxRetries(), settings.retryBackoffMs(), context, connections);
        offsets = settings.offsetsTable()
            .<OffsetStore>map(table -> new DatabaseOffsets(connections, identifiers, table, settings.connectorName()))
            .orElseGet(KafkaOffsets::new);
    }

    /** With offsets.storage.table, the consumer resumes where the database says, whatever Kafka committed. */
    @Override
    public void open(Collection<TopicPartition> partitions) {
        assigned.addAll(partitions);
        try {
            Map<TopicPartition, Long> seeks = offsets.load(partitions);
            if (!seeks.isEmpty()) {
                context.offset(seeks);
            }
        } catch (SQLException | RuntimeException e) {
            // put() reads them before it writes anything, and skips what the database already has
            log.warn("Cannot read the stored offsets of {} yet: {}", partitions, ServerErrorDetails.describe(e));
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        failIfPending();
        WriteBuffer.Mark mark = buffer.mark();
        try {
            offsets.load(partitionsOf(records));
            Map<TopicPartition, Long> nextOffsets = new HashMap<>();
            for (SinkRecord record : records) {
                requireAssigned(record);
                if (offsets.isWritten(record)) {
                    continue; // delivered again after a crash or a retry; the database has it
                }
                accept(record);
                nextOffsets.merge(partitionOf(record), record.kafkaOffset() + 1, Math::max);
            }
            write(buffer.tables(), nextOffsets);
            errant.settled();
        } catch (SQLException | RuntimeException e) {
            buffer.truncate(mark); // the worker redelivers this call's records, or the task stops
            offsets.forgetAll(); // a failed commit may have succeeded: read the stored offsets again
            throw retries.failed(e);
        }
    }

    /**
     * Offsets kept in the database are keyed by the consumed topic and partition; a transform that
     * renames a record's topic (or changes its partition) would store them under names the
     * consumer never seeks to, so the combination is refused.
     */
    private void requireAssigned(SinkRecord record) {
        if (offsets.writesProgress() && !assigned.isEmpty() && !assigned.contains(partitionOf(record))) {
            throw new ConnectException("Record " + RecordCoordinates.of(record) + " is not from a partition this task "
                + "consumes " + assigned + ": a transform changed its topic or partition. offsets.storage.table needs "
                + "records to keep them; move the renaming to table.name.format, or leave offsets.storage.table empty");
        }
    }

    private static TopicPartition partitionOf(SinkRecord record) {
        return new TopicPartition(record.topic(), record.kafkaPartition());
    }

    private static Set<TopicPartition> partitionsOf(Collection<SinkRecord> records) {
        Set<TopicPartition> partitions = new HashSet<>();
        records.forEach(r -> partitions.add(partitionOf(r)));
        return partitions;
    }

    /** Buffers the record's row; a record whose data or shape is at fault goes to the dead letter queue, if any. */
    private void accept(SinkRecord record) throws SQLException {
        try {
            SinkRow row = extractor.toRow(record);
            catalog.check(row);
            buffer.add(row);
        } catch (BadRecordException e) {
            if (!errant.report(record, e)) {
                throw e;
            }
        }
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        failIfPending();
        try {
            write(buffer.tables(), new HashMap<>());
        } catch (SQLException | RuntimeException e) {
            buffer.clear(); // the worker rewinds to the last committed offsets and redelivers
            RuntimeException failure = retries.failed(e);
            if (!(failure instanceof RetriableException)) {
                pendingFailure = failure;
            }
            throw failure;
        }
    }

    /** Writes the tables' buffered rows and, in the same transaction, the progress they make. */
    private void write(List<TableId> tables, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        if (tables.isEmpty() && (nextOffsets.isEmpty() || !offsets.writesProgress())) {
            return;
        }
        Map<TableId, List<WriteRun>> work = new LinkedHashMap<>();
        for (TableId table : tables) {
            work.put(table, planner.plan(buffer.rowsOf(table)));
        }
        writer.write(work, connection -> {
            errant.awaitReported(); // a record counts as done only once the dead letter queue has it
            offsets.write(connection, nextOffsets);
        });
        buffer.clear(tables);
        offsets.committed(nextOffsets);
        retries.succeeded();
    }

    /** A fatal failure while flushing for a commit only logs in the worker; it stops the task here. */
    private void failIfPending() {
        if (pendingFailure != null) {
            throw new ConnectException("A previous write failed: " + pendingFailure.getMessage(), pendingFailure);
        }
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        buffer.removePartitions(partitions);
        offsets.forget(partitions);
        assigned.removeAll(partitions);
    }

    @Override
    public void stop() {
        if (connections != null) {
            connections.close();
        }
    }
}
