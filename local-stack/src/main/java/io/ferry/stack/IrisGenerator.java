package io.ferry.stack;

import io.ferry.testing.Database;
import io.ferry.testing.IrisMeasures;
import io.ferry.testing.IrisTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The seed's data generator: keeps inserting random iris rows ({@code timestamp} = now) into
 * {@code iris_data} (or into each of several tables of its shape), a batch of rows per interval
 * (one row by default), on a thread of its own, until stopped. Intervals are kept at a fixed
 * rate, so rows per second stay as asked while the database keeps up.
 */
public final class IrisGenerator implements AutoCloseable {
    private static final int TICKS_PER_SECOND = 20;

    private final Database database;
    private final List<String> tables;
    private final Duration interval;
    private final int rowsPerInterval;
    private final Random random = new Random();
    private final AtomicLong inserted = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;

    private IrisGenerator(Database database, List<String> tables, Duration interval, int rowsPerInterval) {
        this.database = database;
        this.tables = List.copyOf(tables);
        this.interval = interval;
        this.rowsPerInterval = rowsPerInterval;
        this.thread = new Thread(this::run, "iris-generator");
        thread.setDaemon(true);
    }

    /** One row per {@code interval}. */
    public static IrisGenerator start(Database database, Duration interval) {
        return start(new IrisGenerator(database, List.of("iris_data"), interval, 1));
    }

    /** About {@code rowsPerSecond} rows a second, inserted in a batch every 50 ms. */
    public static IrisGenerator atRate(Database database, int rowsPerSecond) {
        return intoTables(database, List.of("iris_data"), rowsPerSecond);
    }

    /**
     * About {@code rowsPerSecondPerTable} rows a second into each of {@code tables} (tables of
     * iris_data's columns whose id has a default), a batch per table every 50 ms.
     */
    public static IrisGenerator intoTables(Database database, List<String> tables, int rowsPerSecondPerTable) {
        return start(new IrisGenerator(database, tables, Duration.ofMillis(1000 / TICKS_PER_SECOND),
            Math.max(1, rowsPerSecondPerTable / TICKS_PER_SECOND)));
    }

    private static IrisGenerator start(IrisGenerator generator) {
        generator.thread.start();
        return generator;
    }

    /** Rows inserted so far. */
    public long inserted() {
        return inserted.get();
    }

    /** Stops inserting; returns the number of rows inserted. Fails if an insert failed. */
    public long stop() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The iris generator failed after " + inserted() + " rows", failure.get());
        }
        return inserted();
    }

    @Override
    public void close() {
        running = false;
    }

    private void run() {
        List<PreparedStatement> inserts = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (String table : tables) {
                inserts.add(c.prepareStatement("INSERT INTO " + table + " (" + IrisTable.INSERT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)"));
            }
            long next = System.nanoTime();
            while (running) {
                for (PreparedStatement insert : inserts) {
                    insertBatch(insert);
                }
                next = Math.max(next + interval.toNanos(), System.nanoTime());
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
        } catch (SQLException e) {
            failure.set(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void insertBatch(PreparedStatement insert) throws SQLException {
        for (int i = 0; i < rowsPerInterval; i++) {
            bindRandomRow(insert);
            insert.addBatch();
        }
        insert.executeBatch();
        inserted.addAndGet(rowsPerInterval);
    }

    private void bindRandomRow(PreparedStatement insert) throws SQLException {
        IrisMeasures measures = IrisMeasures.random(random);
        insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
        insert.setDouble(2, measures.sepalLength());
        insert.setDouble(3, measures.sepalWidth());
        insert.setDouble(4, measures.petalLength());
        insert.setDouble(5, measures.petalWidth());
        insert.setInt(6, measures.target());
    }
}
