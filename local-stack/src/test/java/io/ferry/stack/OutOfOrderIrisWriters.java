package io.ferry.stack;

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
 * Writers into the seed's iris_data whose transactions commit out of id order: each pair writer
 * has transaction A take id n and stay open while B commits n + 1, then A commits 300 ms later
 * (one pair in ten rolls A back, leaving a permanent gap; one in four has A draw its id with
 * {@code nextval()} before B commits and insert it only afterwards). Plain writers insert
 * autocommit rows meanwhile. The {@code target} column tells who wrote a row: 0 A, 1 B, 2 plain.
 * (The plugin's task-level test has the same writers on a table of its own.)
 */
final class OutOfOrderIrisWriters {
    private static final long A_STAYS_OPEN_MS = 300;
    private static final String COLUMNS = "(timestamp, sepal_length, sepal_width, petal_length, petal_width, target)";

    private final Database db;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger pairs = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();
    private volatile boolean stopping;

    OutOfOrderIrisWriters(Database db) {
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
                    long drawn = single(inA, "SELECT nextval('iris_data_id_seq')");
                    inB.execute(insert(1));
                    inA.execute("INSERT INTO iris_data (id, " + COLUMNS.substring(1) + " VALUES (" + drawn + ", "
                        + values(0).substring(1));
                } else {
                    inA.execute(insert(0));
                    inB.execute(insert(1));
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
                s.execute(insert(2));
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 20));
            }
        }
    }

    private static String insert(int writer) {
        return "INSERT INTO iris_data " + COLUMNS + " VALUES " + values(writer);
    }

    /** A row with the time of the insert (not of the transaction's start) and random measures. */
    private static String values(int writer) {
        return "(clock_timestamp()::timestamp, round((4.3 + random() * 3.6)::numeric, 1), "
            + "round((2 + random() * 2.4)::numeric, 1), round((1 + random() * 5.9)::numeric, 1), "
            + "round((0.1 + random() * 2.4)::numeric, 1), " + writer + ")";
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
