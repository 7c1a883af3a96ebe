package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.SourceTables;
import io.ferry.connect.logging.LogContextThreads;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the tables to read on a thread of its own, at start and again every
 * {@code table.poll.interval.ms}; when the set changes (a table created or dropped) it asks
 * Connect to reconfigure the tasks. The connector's first question waits for the first list, at
 * most {@code table.monitoring.startup.polling.limit.ms}.
 */
final class TableMonitor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TableMonitor.class);

    private final SourceSettings settings;
    private final ConnectorContext context;
    private final ConnectionSource connections;
    private final TableFilter filter;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch firstListing = new CountDownLatch(1);
    private final Thread thread;
    private volatile List<TableId> tables;
    /** Whether the connector was answered before the first listing ended; guarded by this. */
    private boolean answeredBeforeFirstListing;

    /** @param connectorName names its connection pool, whose MBeans must not collide with another connector's */
    TableMonitor(SourceSettings settings, ConnectorContext context, String connectorName) {
        this.settings = settings;
        this.context = context;
        this.connections = new ConnectionSource(settings.connection(), "ferry-source-tables-" + connectorName, 1);
        this.filter = TableFilter.of(settings);
        this.thread = new LogContextThreads("ferry-source-table-monitor").newThread(this::run);
    }

    void start() {
        thread.start();
    }

    /**
     * The tables found last; {@code null} while none could be listed. Before the first listing has
     * ended, waits for it up to {@code table.monitoring.startup.polling.limit.ms}.
     */
    List<TableId> tables() {
        try {
            firstListing.await(settings.tableStartupLimitMs(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            answeredBeforeFirstListing |= firstListing.getCount() > 0;
            return tables;
        }
    }

    private void run() {
        List<TableId> first = discover();
        boolean late;
        synchronized (this) {
            tables = first;
            firstListing.countDown();
            late = answeredBeforeFirstListing && first != null;
        }
        if (late) {
            log.info("Found the tables to read after the connector started without them: {}; reconfiguring tasks", first);
            context.requestTaskReconfiguration();
        }
        try {
            while (!closed.await(settings.tablePollIntervalMs(), TimeUnit.MILLISECONDS)) {
                List<TableId> found = discover();
                if (found != null && !found.equals(tables)) {
                    log.info("Tables to read changed from {} to {}; reconfiguring tasks", tables, found);
                    tables = found;
                    context.requestTaskReconfiguration();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<TableId> discover() {
        try (Connection connection = connections.connection()) {
            List<TableId> found = filter.select(
                SourceTables.list(connection, settings.catalogPattern(), settings.schemaPattern(),
                    settings.tableTypes()));
            return Collections.unmodifiableList(found);
        } catch (SQLException | RuntimeException e) {
            if (closed.getCount() > 0) {
                log.error("Cannot list the tables to read; trying again in {} ms: {}",
                    settings.tablePollIntervalMs(), e.getMessage());
            }
            return null;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        connections.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
