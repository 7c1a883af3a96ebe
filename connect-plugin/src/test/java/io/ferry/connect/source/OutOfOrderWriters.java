package io.ferry.connect.source;

import io.ferry.connect.testing.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writers into {@code events (id bigserial, writer text, written_at)} whose transactions commit out of id
 * order: each pair writer has transaction A take id n and stay open while B commits n + 1, then
 * A commits 300 ms later (one pair in ten rolls A back, leaving a permanent gap; one in four has
 * A draw its id with {@code nextval()} before B commits and insert it only afterwards). Plain
 * writers insert autocommit rows meanwhile.
 */
final class OutOfOrderWriters {
    static final String TABLE = "CREATE TABLE events (id bigserial PRIMARY KEY, writer text NOT NULL,"
        + " written_at timestamptz NOT NULL DEFAULT clock_timestamp())";
    private static final long A_STAYS_OPEN_MS = 300;

    private final ScratchDatabase db;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger pairs = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();
    private volatile boolean stopping;

    OutOfOrderWriters(ScratchDatabase db) {
        this.db = db;
    }

    void start(int pairWriters, int plainWriters) {
        for (int i = 0; i < pairWriters; i++) {
            threads.add(new Thread(() -> run(this::writePairs), "pair-writer-" + i));
        }
        for (int i = 0; i < plainWriters; i++) {
            threads.add(new Thread(() -> run(this::writePlain), "plain-writer-" + i));
        }
        threads.forEach(Thread::start);
    }

    /** Stops the writers and waits for them; rethrows what made one fail. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A writer failed", failure.get());
        }
    }

    int pairs() {
        return pairs.get();
    }

    int rolledBack() {
        return rolledBack.get();
    }

    private interface Work {
        void run() throws Exception;
    }

    private void run(Work work) {
        try {
            work.run();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    private void writePairs() throws SQLException, InterruptedException {
        try (Connection a = db.connect(); Connection b = db.connect();
             Statement inA = a.createStatement(); Statement inB = b.createStatement()) {
            a.setAutoCommit(false);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (!stopping) {
                if (random.nextInt(4) == 0) {
                    long drawn = single(inA, "SELECT nextval('events_id_seq')");
                    inB.execute("INSERT INTO events (writer) VALUES ('B')");
                    inA.execute("INSERT INTO events (id, writer) VALUES (" + drawn + ", 'A-nextval')");
                } else {
                    inA.execute("INSERT INTO events (writer) VALUES ('A')");
                    inB.execute("INSERT INTO events (writer) VALUES ('B')");
                }
                Thread.sleep(A_STAYS_OPEN_MS);
                if (random.nextInt(10) == 0) {
                    a.rollback();
                    rolledBack.incrementAndGet();
                } else {
                    a.commit();
                }
                pairs.incrementAndGet();
            }
        }
    }

    private void writePlain() throws SQLException, InterruptedException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            while (!stopping) {
                s.execute("INSERT INTO events (writer) VALUES ('plain')");
                Thread.sleep(ThreadLocalRandom.current().nextInt(5));
            }
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
