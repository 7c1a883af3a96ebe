package io.ferry.connect.source;

import io.ferry.connect.metrics.MetricsBean;
import io.ferry.connect.source.query.SourceOffsets;
import io.ferry.connect.source.query.TimestampPosition;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The reading figures of one table (or of the custom query). Reads are counted by the thread that
 * reads (the task's or the read-ahead's, never both at once), records emitted by the task's thread,
 * and JMX reads them from any thread.
 */
final class SourceTableMetrics {
    private final Clock clock;
    private final LongAdder reads = new LongAdder();
    private final LongAdder readTimeMs = new LongAdder();
    private final LongAdder rowsRead = new LongAdder();
    private final LongAdder rowsEmitted = new LongAdder();
    /** Rows the last read held back, and since when rows have been held without a break; -1: none held. */
    private int rowsHeld;
    private long heldSince = -1;
    /** The timestamp (epoch ms) of the newest row emitted, in the timestamp modes; -1 before one. */
    private volatile long newestRowAt = -1;
    /** When the last records were emitted; -1 before any. */
    private volatile long lastEmitAt = -1;

    SourceTableMetrics(Clock clock) {
        this.clock = clock;
    }

    /** A read fetched {@code rows} rows in {@code millis} ms and left {@code held} rows held back. */
    void read(int rows, int held, long millis) {
        reads.increment();
        readTimeMs.add(millis);
        rowsRead.add(rows);
        synchronized (this) {
            if (held == 0) {
                heldSince = -1;
            } else if (rowsHeld == 0) {
                heldSince = clock.millis();
            }
            rowsHeld = held;
        }
    }

    /** The records of a read were handed to the worker; the newest is last. */
    void emitted(List<SourceRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        rowsEmitted.add(records.size());
        lastEmitAt = clock.millis();
        TimestampPosition newest = SourceOffsets.timestampPosition(records.get(records.size() - 1).sourceOffset());
        if (newest != null) {
            newestRowAt = Math.max(newestRowAt, newest.timestamp().toEpochMilli());
        }
    }

    long reads() {
        return reads.sum();
    }

    long readTimeMs() {
        return readTimeMs.sum();
    }

    long rowsRead() {
        return rowsRead.sum();
    }

    long rowsEmitted() {
        return rowsEmitted.sum();
    }

    synchronized long rowsHeld() {
        return rowsHeld;
    }

    /** How long rows have been held back without a break; 0 while none are. */
    synchronized long oldestHeldAgeMs() {
        return heldSince < 0 ? 0 : clock.millis() - heldSince;
    }

    /**
     * In the timestamp modes, now less the newest emitted row's timestamp (how far the topic trails
     * the table); in the others, the time since records were last emitted. -1 before the first.
     */
    long newestRowAgeMs() {
        long now = clock.millis();
        if (newestRowAt >= 0) {
            return Math.max(0, now - newestRowAt);
        }
        return lastEmitAt < 0 ? -1 : now - lastEmitAt;
    }

    MetricsBean bean(String table) {
        return new MetricsBean("Ferry source task: reading " + table)
            .add("RowsRead", "Rows fetched from the database, emitted or held back (held rows are fetched again)",
                this::rowsRead)
            .add("RowsEmitted", "Rows handed to the worker as records", this::rowsEmitted)
            .add("Reads", "Page reads", this::reads)
            .add("ReadTimeMs", "Time spent reading pages, in ms", this::readTimeMs)
            .add("RowsHeld", "Rows the last read held back for open transactions (commit frontier)", this::rowsHeld)
            .add("OldestHeldAgeMs", "How long rows have been held back without a break, in ms; 0 when none are",
                this::oldestHeldAgeMs)
            .add("NewestRowAgeMs", "Timestamp modes: now less the newest emitted row's timestamp; other modes: time "
                + "since the last emit; in ms, -1 before the first", this::newestRowAgeMs);
    }
}
