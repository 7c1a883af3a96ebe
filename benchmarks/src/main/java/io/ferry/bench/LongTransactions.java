package io.ferry.bench;

import io.ferry.testing.Database;
import io.ferry.testing.IrisMeasures;
import io.ferry.testing.IrisTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Another writer of iris_data whose transactions stay open: on a thread of its own it inserts one
 * row, holds the transaction open, commits, pauses, and again, until stopped. Each of its rows
 * carries its transaction's start in updated_at ({@code now()}) and commits after rows stamped
 * later: a late row, which a source reading up to the database's time skips.
 */
final class LongTransactions {
    private static final String INSERT = "INSERT INTO iris_data (" + IrisTable.INSERT_COLUMNS + ") SELECT localtimestamp, "
        + IrisMeasures.sqlRandomMeasures() + ", " + IrisMeasures.sqlRandomTarget() + " RETURNING id";

    private final Database database;
    private final Duration open;
    private final Duration pause;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Set<Long> committed = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;

    private LongTransactions(Database database, Duration open, Duration pause) {
        this.database = database;
        this.open = open;
        this.pause = pause;
        this.thread = new Thread(this::run, "long-transactions");
        thread.setDaemon(true);
    }

    /** Transactions open for {@code open} each, {@code pause} apart. */
    static LongTransactions start(Database database, Duration open, Duration pause) {
        LongTransactions writer = new LongTransactions(database, open, pause);
        writer.thread.start();
        return writer;
    }

    /** Commits the transaction open now, stops, and returns the ids of the rows committed. */
    Set<Long> stop() {
        stopped.countDown();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The long transactions failed after " + committed.size() + " rows", failure.get());
        }
        return Set.copyOf(committed);
    }

    private void run() {
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            do {
                long id = insertOne(insert);
                stopped.await(open.toMillis(), TimeUnit.MILLISECONDS);
                c.commit();
                committed.add(id);
            } while (!stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS));
        } catch (SQLException e) {
            failure.set(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long insertOne(PreparedStatement insert) throws SQLException {
        try (ResultSet id = insert.executeQuery()) {
            id.next();
            return id.getLong(1);
        }
    }
}
