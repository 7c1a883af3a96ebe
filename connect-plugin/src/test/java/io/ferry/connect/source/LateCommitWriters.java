package io.ferry.connect.source;

import io.ferry.testing.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writers of {@link #EVENTS_TABLE} whose rows take their timestamp from {@code now()}, the start of
 * their transaction, so that every row of a transaction shares one timestamp: quick writers insert
 * 5 to 30 rows per transaction; late writers open a transaction, fix its {@code now()}, stay open
 * 100 to 500 ms while the quick writers commit later timestamps, then insert (and some update
 * rows) and commit; an updater moves rows already written to a new timestamp and version.
 */
final class LateCommitWriters {
    static final String EVENTS_TABLE = "CREATE TABLE events (id bigserial PRIMARY KEY,"
        + " updated_at timestamptz NOT NULL DEFAULT now(), version int NOT NULL DEFAULT 0, writer text NOT NULL)";

    private final Database db;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger inserted = new AtomicInteger();
    private final AtomicInteger updates = new AtomicInteger();
    private final AtomicInteger lateTransactions = new AtomicInteger();
    private volatile boolean stopping;

    LateCommitWriters(Database db) {
        this.db = db;
    }

    void start(int quickWriters, int lateWriters) {
        for (int i = 0; i < quickWriters; i++) {
            threads.add(new Thread(() -> run(this::writeQuickly), "quick-writer-" + i));
        }
        for (int i = 0; i < lateWriters; i++) {
            threads.add(new Thread(() -> run(this::writeLate), "late-writer-" + i));
        }
        threads.add(new Thread(() -> run(this::update), "updater"));
        threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A writer failed", failure.get());
        }
    }

    int inserted() {
        return inserted.get();
    }

    int updates() {
        return updates.get();
    }

    int lateTransactions() {
        return lateTransactions.get();
    }

    private interface Work {
        void once(Statement statement) throws SQLException, InterruptedException;
    }

    private void run(Work work) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            while (!stopping) {
                work.once(statement);
                connection.commit();
            }
        } catch (SQLException | InterruptedException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void writeQuickly(Statement statement) throws SQLException, InterruptedException {
        insert(statement, "quick");
        Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25));
    }

    private void writeLate(Statement statement) throws SQLException, InterruptedException {
        statement.execute("SELECT 1"); // the transaction starts: now(), the rows' timestamp, is fixed here
        Thread.sleep(ThreadLocalRandom.current().nextInt(100, 500));
        insert(statement, "late");
        if (ThreadLocalRandom.current().nextInt(3) == 0) {
            moveARow(statement);
        }
        lateTransactions.incrementAndGet();
    }

    private void update(Statement statement) throws SQLException, InterruptedException {
        moveARow(statement);
        Thread.sleep(ThreadLocalRandom.current().nextInt(10, 40));
    }

    private void insert(Statement statement, String writer) throws SQLException {
        int rows = ThreadLocalRandom.current().nextInt(5, 31);
        statement.execute("INSERT INTO events (writer) SELECT '" + writer + "' FROM generate_series(1, " + rows + ")");
        inserted.addAndGet(rows);
    }

    private void moveARow(Statement statement) throws SQLException {
        int written = inserted.get();
        if (written > 0) {
            int row = 1 + ThreadLocalRandom.current().nextInt(written);
            updates.addAndGet(statement.executeUpdate(
                "UPDATE events SET updated_at = now(), version = version + 1 WHERE id = " + row));
        }
    }
}
