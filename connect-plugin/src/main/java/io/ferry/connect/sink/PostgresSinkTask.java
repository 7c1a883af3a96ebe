package io.ferry.connect.sink;

import io.ferry.connect.Version;
import io.ferry.connect.config.InsertMode;
import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.metrics.TaskName;
import io.ferry.connect.postgres.DriverUrls;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.Identifiers;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
 * Writes records into PostgreSQL tables. A put turns its records into rows on the worker's
 * thread and hands them to a {@link BackgroundWriter}, which writes them on its own thread while
 * the worker converts the next records: one transaction per batch, the rows of every put that
 * arrived while the previous batch was written, in statements of at most {@code batch.size} rows.
 * {@code preCommit} waits, a few seconds at most, for the rows handed over so far and gives the
 * worker only offsets whose rows are committed, so a crash loses nothing: the worker redelivers
 * from there.
 *
 * <p>With {@code offsets.storage.table}, each transaction also stores the next offset of every
 * partition it covers (records sent to the dead letter queue included); {@code open()} seeks the
 * consumer there, and records below it are skipped, so no record is written twice.
 */
public class PostgresSinkTask extends SinkTask {
    /**
     * How long {@link #preCommit} waits for rows being written. It runs on the worker's thread,
     * which must poll its consumer again within {@code max.poll.interval.ms}: a write stuck behind
     * a row lock must not hold it there, or the task is dropped from its consumer group. Five
     * seconds, the worker's default {@code offset.flush.timeout.ms}: an ordinary batch commits well
     * within it, and offsets of rows still being written are offered at a later commit.
     */
    static final Duration DRAIN_WAIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(PostgresSinkTask.class);

    private final Duration drainWait;

    private long retryBackoffMs;
    private ConnectionSource connections;
    private RowExtractor extractor;
    private TableCatalog catalog;
    /** The reads a put needs (table columns, stored offsets); the writer has a policy of its own. */
    private RetryPolicy readRetries;
    private ErrantRecords errant;
    private FailureText failureText;
    private OffsetStore offsets;
    private BackgroundWriter writer;
    private SinkTaskMetrics metrics;
    private final Set<TopicPartition> assigned = new HashSet<>();

    public PostgresSinkTask() {
        this(DRAIN_WAIT);
    }

    /** @param drainWait how long preCommit waits for rows being written (tests wait longer, to read them back) */
    PostgresSinkTask(Duration drainWait) {
        this.drainWait = drainWait;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        SinkSettings settings = SinkConfigChecks.parseValid(props);
        TaskName taskName = TaskName.ofCurrentThread(props, this);
        String name = taskName.poolName("sink");
        failureText = FailureText.of(settings.writeOptions().trimSensitiveLog());
        String url = DriverUrls.withBatchedInserts(settings.connection().url());
        if (settings.writeOptions().trimSensitiveLog()) {
            url = DriverUrls.withoutServerErrorDetail(url);
        }
        connections = new ConnectionSource(settings.connection().withUrl(url), name, 2);
        Identifiers identifiers = new Identifiers(settings.identifierQuoting());
        PostgresTypes types = PostgresTypes.forWriting(settings.wallClock());
        extractor = new RowExtractor(settings);
        catalog = TableCatalog.of(connections, settings, types, failureText);
        errant = ErrantRecords.of(context);
        metrics = new SinkTaskMetrics(taskName, ManagementFactory.getPlatformMBeanServer());
        retryBackoffMs = settings.retryBackoffMs();
        readRetries = new RetryPolicy("Reading the table columns and stored offsets a put needs",
            settings.maxRetries(), settings.retryBackoffMs(), connections::evictAll, failureText);
        offsets = settings.offsetsTable()
            .<OffsetStore>map(table -> new DatabaseOffsets(connections, identifiers, table, settings.connectorName()))
            .orElseGet(KafkaOffsets::new);
        SinkWriter sinkWriter = new SinkWriter(connections, new StatementFactory(settings.insertMode(), identifiers),
            catalog, types, settings.batchSize(), errant, failureText);
        BatchCommitter committer = new BatchCommitter(new RunPlanner(settings.insertMode() != InsertMode.INSERT),
            sinkWriter::write, errant, offsets);
        Clock clock = Clock.systemUTC();
        RetryPolicy writeRetries = new RetryPolicy("Writing", settings.maxRetries(), settings.retryBackoffMs(),
            connections::evictAll, failureText);
        writer = new BackgroundWriter(new MeteredCommitter(committer, metrics, clock), writeRetries,
            settings.batchSize(), clock, MonitorWait.REAL, name + "-writer");
        writer.start();
        metrics.publish(writer::rowsWaiting, errant::reportedCount);
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
            readRetries.evictIfTransient(e);
            log.warn("Cannot read the stored offsets of {} yet: {}", partitions, failureText.describe(e));
        }
    }

    /**
     * Turns the records into rows and hands them to the writer; returns before they are written.
     * A transient failure here (reading the table's columns or the stored offsets) makes the
     * worker deliver the same records again after {@code retry.backoff.ms}, at most
     * {@code max.retries} times in a row (counted apart from the writer's retries, and afresh after
     * an accepted put); so does a full buffer while the writer waits to retry.
     */
    @Override
    public void put(Collection<SinkRecord> records) {
        try {
            writer.awaitSpace(); // a fatal failure of the writer is thrown here as it is
        } catch (RetriableException e) {
            context.timeout(retryBackoffMs);
            throw e;
        }
        try {
            offsets.load(partitionsOf(records));
            List<SinkRow> rows = new ArrayList<>(records.size());
            Map<TopicPartition, Long> nextOffsets = new HashMap<>();
            for (SinkRecord record : records) {
                requireAssigned(record);
                if (offsets.isWritten(record)) {
                    continue; // delivered again after a crash or a retry; the database has it
                }
                accept(record, rows);
                nextOffsets.merge(partitionOf(record), record.kafkaOffset() + 1, Math::max);
            }
            writer.submit(rows, nextOffsets);
            metrics.put(records.size());
            readRetries.succeeded();
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = readRetries.failed(e);
            if (failure instanceof RetriableException) {
                metrics.retried();
                context.timeout(retryBackoffMs);
            }
            throw failure;
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

    /** Adds the record's row; a record whose data or shape is at fault goes to the dead letter queue, if any. */
    private void accept(SinkRecord record, List<SinkRow> rows) throws SQLException {
        try {
            SinkRow row = extractor.toRow(record);
            catalog.check(row);
            rows.add(row);
        } catch (BadRecordException e) {
            if (!errant.report(record, e)) {
                throw e;
            }
        }
    }

    /**
     * Waits for the rows handed over so far, at most {@link #DRAIN_WAIT}; offers the worker only
     * offsets whose rows are committed. Rows still being written then are offered at a later call.
     */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        Map<TopicPartition, OffsetAndMetadata> committable = new HashMap<>();
        writer.drain(drainWait).forEach((partition, next) -> {
            if (currentOffsets.isEmpty() || currentOffsets.containsKey(partition)) {
                committable.put(partition, new OffsetAndMetadata(next));
            }
        });
        return committable;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        writer.revoke(partitions);
        offsets.forget(partitions);
        assigned.removeAll(partitions);
    }

    @Override
    public void stop() {
        if (writer != null && !writer.stop(errant::stop)) {
            log.warn("The sink's writer is still writing; closing its connections under it (its rows are "
                + "delivered again)");
        }
        if (connections != null) {
            connections.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
