package io.ferry.connect.sink;

import io.ferry.connect.Version;
import io.ferry.connect.config.ConnectionSettings;
import io.ferry.connect.config.InsertMode;
import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.ValueBinder;
import io.ferry.connect.postgres.DriverUrls;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * Writes records into PostgreSQL tables. Every {@code put()} is written before it returns, as
 * Confluent's sink does, so rows reach the target as soon as the worker hands them over: one
 * transaction per put, in statements of at most {@code batch.size} rows per table.
 *
 * <p>A transient failure during {@code put()} rolls back and drops that call's records, which the
 * worker redelivers after the backoff; records of earlier calls stay buffered. A failure while
 * flushing for a commit drops the whole buffer: the worker then rewinds to the last committed
 * offsets and redelivers it. A fatal failure there fails the next {@code put()}.
 */
public class PostgresSinkTask extends SinkTask {
    private SinkSettings settings;
    private ConnectionSource connections;
    private RowExtractor extractor;
    private TableCatalog catalog;
    private RunPlanner planner;
    private SinkWriter writer;
    private RetryPolicy retries;
    private ErrantRecords errant;
    private final WriteBuffer buffer = new WriteBuffer();
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
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        failIfPending();
        WriteBuffer.Mark mark = buffer.mark();
        try {
            for (SinkRecord record : records) {
                accept(record);
            }
            write(buffer.tables());
        } catch (SQLException | RuntimeException e) {
            buffer.truncate(mark); // the worker redelivers this call's records, or the task stops
            throw retries.failed(e);
        }
    }

    private void accept(SinkRecord record) throws SQLException {
        SinkRow row;
        try {
            row = extractor.toRow(record);
        } catch (BadRecordException e) {
            if (errant.report(record, e)) {
                return;
            }
            throw e;
        }
        catalog.check(row);
        buffer.add(row);
    }

    @Override
    public void flush(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        failIfPending();
        try {
            write(buffer.tables());
        } catch (SQLException | RuntimeException e) {
            buffer.clear(); // the worker rewinds to the last committed offsets and redelivers
            RuntimeException failure = retries.failed(e);
            if (!(failure instanceof RetriableException)) {
                pendingFailure = failure;
            }
            throw failure;
        }
    }

    private void write(List<TableId> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        Map<TableId, List<WriteRun>> work = new LinkedHashMap<>();
        for (TableId table : tables) {
            work.put(table, planner.plan(buffer.rowsOf(table)));
        }
        writer.write(work);
        buffer.clear(tables);
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
    }

    @Override
    public void stop() {
        if (connections != null) {
            connections.close();
        }
    }
}
