package io.ferry.connect.source;

import io.ferry.connect.Version;
import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.metrics.TaskName;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.source.query.TableReader;
import io.ferry.connect.source.wakeup.Wakeup;
import io.ferry.connect.sql.TableId;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the tables assigned to it, a page per poll, over one connection that it keeps (so its
 * prepared statements are reused). With {@code wakeup.channel} set, it waits for notifications on that
 * channel instead of sleeping, over a second connection. Waits are cut short by {@link #stop()}.
 */
public final class PostgresSourceTask extends SourceTask {
    private static final Logger log = LoggerFactory.getLogger(PostgresSourceTask.class);

    /** The longest {@link #poll()} waits for a table to be due before it returns nothing. */
    static final long MAX_POLL_WAIT_MS = 1_000;

    private final Clock clock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Guards the connection and readers: {@link #stop()} closes them only between reads. */
    private final ReentrantLock database = new ReentrantLock();
    private SourceSettings settings;
    private ConnectionSource connections;
    private Connection connection;
    private List<TableReader> readers = Collections.emptyList();
    private List<TableId> tables;
    /** Null until the readers are open: the database may be out of reach when the task starts. */
    private ReadSchedule schedule;
    private IdleWait idleWait;
    private ReadAhead readAhead;
    private QueryRetries retries;
    private SourceTaskMetrics metrics;

    public PostgresSourceTask() {
        this(Clock.systemUTC());
    }

    PostgresSourceTask(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        settings = SourceConfig.parse(props);
        tables = TaskTables.decode(props.get(TaskTables.KEY));
        if (settings.wakeupTriggerCreate() && !settings.wakeupEnabled()) {
            throw new ConnectException("wakeup.trigger.create needs wakeup.channel");
        }
        TaskName name = TaskName.ofCurrentThread(props, this);
        metrics = new SourceTaskMetrics(name, clock, ManagementFactory.getPlatformMBeanServer());
        connections = new ConnectionSource(settings.connection(), name.poolName("source"), 1);
        retries = new QueryRetries(settings.queryRetryAttempts());
        readAhead = new ReadAhead(name.poolName("source") + "-read-ahead");
        idleWait = new IdleWait(settings, clock, stopped);
        try {
            openReaders();
        } catch (RetriableException e) {
            // A task restarted during an outage (rebalance, worker restart) must not stay FAILED.
            log.warn("{}; the task tries again at each poll", e.getMessage());
        } catch (RuntimeException e) {
            connections.close();
            readAhead.close();
            idleWait.close();
            metrics.close();
            throw e;
        }
    }

    /**
     * Reads the tables' columns and stored offsets and sets up the schedule. A database that
     * cannot be reached now is a {@link RetriableException}; anything else fails the task.
     */
    private void openReaders() {
        database.lock();
        try {
            if (stopped.getCount() == 0) {
                return;
            }
            readers = new TableReaders(settings, clock).build(connection(), tables, context.offsetStorageReader());
            readers.forEach(reader -> metrics.table(reader.table())); // published before the first read
            idleWait.start(readers);
            schedule = new ReadSchedule(readers, clock.millis(), settings.pollIntervalMs());
            log.info("Source task started: {} table(s) in {} mode", readers.size(), settings.mode().configValue());
        } catch (SQLException | RuntimeException e) {
            dropConnection();
            if (stopped.getCount() == 0) {
                return; // stop() closed the pool under the attempt
            }
            String message = "Cannot read the columns of tables " + tables + ": " + e.getMessage();
            if (SqlStateClassifier.classify(e) == ErrorKind.RETRIABLE) {
                throw new RetriableException(message, e);
            }
            throw e instanceof ConnectException ? (ConnectException) e : new ConnectException(message, e);
        } finally {
            database.unlock();
        }
    }

    /**
     * Reads the next table that is due. When none is due within {@code poll.linger.ms}, at most
     * {@link #MAX_POLL_WAIT_MS}, returns {@code null} after that long rather than waiting out {@code poll.interval.ms}: Connect
     * marks acknowledged records' offsets committable only between two polls, so a poll that
     * waited 5 s would leave 5 s of rows to be published again after a crash.
     */
    @Override
    public List<SourceRecord> poll() {
        metrics.polled();
        if (schedule == null) {
            openReaders(); // the database was out of reach when the task started
            if (schedule == null) {
                return null;
            }
        }
        if (readAhead.isPending()) {
            TableReader reader = readAhead.reader();
            return afterRead(reader, readAhead.startedAt(), readAhead.take());
        }
        long returnBy = clock.millis() + Math.min(settings.pollLingerMs(), MAX_POLL_WAIT_MS);
        while (stopped.getCount() > 0) {
            TableReader reader = schedule.next();
            long now = clock.millis();
            long waitMs = schedule.waitMs(reader, now);
            if (waitMs > 0 || reader == null) {
                long left = returnBy - now;
                if (left <= 0 || idle(Math.min(waitMs, left))) {
                    return null;
                }
                continue;
            }
            long started = clock.millis(); // the interval runs from the start of a read, not its end
            return afterRead(reader, started, read(reader));
        }
        return null;
    }

    /**
     * Schedules the reader's next read and, when that is the very next read anyway (a table
     * being caught up), starts it now, ahead, while the worker publishes these records.
     */
    private List<SourceRecord> afterRead(TableReader reader, long started, List<SourceRecord> records) {
        schedule.read(reader, started);
        if (records == null || records.isEmpty()) {
            return null;
        }
        metrics.table(reader.table()).emitted(records);
        if (settings.readAhead() && reader.mayHaveMore() && schedule.next() == reader && stopped.getCount() > 0) {
            readAhead.start(reader, clock.millis(), () -> read(reader));
        }
        return records;
    }

    /** Waits for a wake-up or the time to pass, returning true when the task was stopped meanwhile. */
    private boolean idle(long millis) {
        Wakeup wakeup = idleWait.await(millis);
        if (stopped.getCount() == 0) {
            return true;
        }
        schedule.wake(wakeup, clock.millis());
        return false;
    }

    private List<SourceRecord> read(TableReader reader) {
        database.lock();
        try {
            if (stopped.getCount() == 0) {
                return null;
            }
            try {
                long started = clock.millis();
                List<SourceRecord> records = reader.read(connectionFor(reader));
                long millis = clock.millis() - started;
                metrics.table(reader.table()).read(reader.rowsRead(), reader.rowsHeld(), millis);
                log.debug("{}: read {} row(s) in {} ms, {} held back", reader.table().title(), reader.rowsRead(), millis,
                    reader.rowsHeld());
                retries.succeeded(reader.table().source());
                return records;
            } catch (SQLException e) {
                dropConnection();
                if (stopped.getCount() == 0) {
                    return null; // stop() closed the connection under the query
                }
                throw retries.failed(reader.table().source(), e);
            } catch (ConnectException e) {
                if (stopped.getCount() == 0) {
                    return null; // the connection source was closed by stop()
                }
                throw e;
            }
        } finally {
            database.unlock();
        }
    }

    /**
     * The task's connection; when the database cannot be reached (after connection.attempts),
     * a {@link RetriableException}: the worker polls again and the task keeps trying, so an
     * outage of any length ends with the task reading again, not FAILED. A refused login or a
     * missing database stays fatal.
     */
    private Connection connectionFor(TableReader reader) throws SQLException {
        try {
            return connection();
        } catch (ConnectException e) {
            if (stopped.getCount() > 0 && SqlStateClassifier.classify(e) == ErrorKind.RETRIABLE) {
                throw new RetriableException("Reading " + reader.table() + " waits for the database: "
                    + e.getMessage() + "; trying again", e);
            }
            throw e;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = connections.connection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            if (settings.transactionIsolation().isSet()) {
                connection.setTransactionIsolation(settings.transactionIsolation().jdbcLevel());
            }
        }
        return connection;
    }

    private void dropConnection() {
        readers.forEach(TableReader::close);
        if (connection != null) {
            try {
                connection.close(); // the pool rolls back what was left open
            } catch (SQLException | RuntimeException e) {
                // HikariCP throws a NullPointerException closing a connection of a pool stop() shut down
                log.debug("Closing a failed connection: {}", e.getMessage());
            }
            connection = null;
            if (stopped.getCount() > 0) {
                connections.evictAll();
            }
        }
    }

    @Override
    public void stop() {
        stopped.countDown();
        if (readAhead != null) {
            readAhead.close();
        }
        if (idleWait != null) {
            idleWait.close();
        }
        if (metrics != null) {
            metrics.close();
        }
        if (connections == null) {
            return;
        }
        if (!database.tryLock()) {
            // A poll is reading: closing the pool ends its wait to reconnect, or its query.
            connections.close();
            database.lock();
        }
        try {
            dropConnection();
            connections.close();
        } finally {
            database.unlock();
        }
        log.info("Source task stopped");
    }
}
