package io.ferry.testing;

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
 * Writers whose transactions commit out of id order: each pair writer has transaction A take id
 * n and stay open while B commits n + 1, then A commits 300 ms later (one pair in ten rolls A
 * back, leaving a permanent gap; one in four has A draw its id with {@code nextval()} before B
 * commits and insert it only afterwards). Plain writers insert autocommit rows meanwhile.
 */
public final class OutOfOrderWriters {
    /** The task-level tests' table: who wrote a row ('A', 'A-nextval', 'B' or 'plain') and when. */
    public static final String EVENTS_TABLE = "CREATE TABLE events (id bigserial PRIMARY KEY, writer text NOT NULL,"
        + " written_at timestamptz NOT NULL DEFAULT clock_timestamp())";
    private static final long A_STAYS_OPEN_MS = 300;

    private final Database db;
    private final Table table;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger pairs = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();
    private volatile boolean stopping;

    private OutOfOrderWriters(Database db, Table table) {
        this.db = db;
        this.table = table;
    }

    /** Into {@link #EVENTS_TABLE}; plain writers pause 0-4 ms between rows. */
    public static OutOfOrderWriters intoEvents(Database db) {
        return new OutOfOrderWriters(db, Table.EVENTS);
    }

    /**
     * Into the seed's iris_data, each row with the time of its insert and random measures; the
     * {@code target} column tells who wrote it: 0 A, 1 B, 2 plain. Plain writers pause 5-19 ms.
     */
    public static OutOfOrderWriters intoIrisData(Database db) {
        return new OutOfOrderWriters(db, Table.IRIS_DATA);
    }

    public void start(int pairWriters, int plainWriters) {
        for (int i = 0; i < pairWriters; i++) {
            threads.add(new Thread(() -> run(this::writePairs), "pair-writer-" + i));
        }
        for (int i = 0; i < plainWriters; i++) {
            threads.add(new Thread(() -> run(this::writePlain), "plain-writer-" + i));
        }
        threads.forEach(Thread::start);
    }

    /** Stops the writers and waits for them; rethrows what made one fail. */
    public void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A writer failed", failure.get());
        }
    }

    public int pairs() {
        return pairs.get();
    }

    public int rolledBack() {
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
                    long drawn = single(inA, "SELECT nextval('" + table.idSequence() + "')");
                    inB.execute(table.insert(Writer.B));
                    inA.execute(table.insertA(drawn));
                } else {
                    inA.execute(table.insert(Writer.A));
                    inB.execute(table.insert(Writer.B));
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
                s.execute(table.insert(Writer.PLAIN));
                Thread.sleep(table.plainPauseMs(ThreadLocalRandom.current()));
            }
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private enum Writer { A, B, PLAIN }

    /** What the writers insert into one table, and how fast plain rows come. */
    private enum Table {
        EVENTS {
            @Override
            String idSequence() {
                return "events_id_seq";
            }

            @Override
            String insert(Writer writer) {
                return "INSERT INTO events (writer) VALUES ('" + (writer == Writer.PLAIN ? "plain" : writer.name()) + "')";
            }

            @Override
            String insertA(long id) {
                return "INSERT INTO events (id, writer) VALUES (" + id + ", 'A-nextval')";
            }

            @Override
            long plainPauseMs(ThreadLocalRandom random) {
                return random.nextInt(5);
            }
        },
        IRIS_DATA {
            @Override
            String idSequence() {
                return "iris_data_id_seq";
            }

            @Override
            String insert(Writer writer) {
                return "INSERT INTO iris_data (" + IrisTable.INSERT_COLUMNS + ") VALUES (" + values(writer) + ")";
            }

            @Override
            String insertA(long id) {
                return "INSERT INTO iris_data (id, " + IrisTable.INSERT_COLUMNS + ") VALUES (" + id + ", "
                    + values(Writer.A) + ")";
            }

            @Override
            long plainPauseMs(ThreadLocalRandom random) {
                return random.nextInt(5, 20);
            }

            /** The time of the insert (not of the transaction's start), random measures, the writer's number. */
            private String values(Writer writer) {
                return "clock_timestamp()::timestamp, " + IrisMeasures.sqlRandomMeasures() + ", " + writer.ordinal();
            }
        };

        abstract String idSequence();

        abstract String insert(Writer writer);

        /** A's row with the id it drew beforehand. */
        abstract String insertA(long id);

        abstract long plainPauseMs(ThreadLocalRandom random);
    }
}
