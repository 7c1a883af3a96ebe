package io.ferry.connect.source.query;

import io.ferry.connect.postgres.OpenTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides up to which timestamp the rows of the timestamp modes are final, so the offset never
 * passes a timestamp that a transaction still open may commit rows at. Confluent's connector reads
 * up to the database's time now (less {@code timestamp.delay.interval.ms}) and skips, for ever, the
 * rows of a transaction that commits after a read with a timestamp below it: a row stamped with
 * {@code now()} carries the start of its transaction, a second before its commit in a transaction
 * that runs a second.
 *
 * <p>Each read cycle fixes a high-water mark U: the database's clock less the delay and
 * {@link #START_WINDOW_MS}. Then it lists the transactions open now ({@link OpenTransactions}, read
 * after U was taken). A transaction that starts later stamps rows after U, as its {@code now()},
 * {@code statement_timestamp()} and {@code clock_timestamp()} are all later than U; one that ended
 * before the list was read is seen by the next read. So rows below U are final once every
 * transaction on the list has ended, and earlier for those below the oldest start
 * ({@code xact_start}) among those still open: a transaction stamps no row before it started. Where
 * the role may not see a transaction's start (another role's session, without
 * {@code pg_read_all_stats}; a prepared transaction), rows wait for that transaction to end. The
 * bound of a cycle only rises; the cycle ends once its rows below U are read, and the next one
 * takes a new U.
 *
 * <p>An empty list costs nothing but the two small queries; otherwise the list is checked every
 * {@link CommitFrontier#RECHECK_MS} ms. A transaction open longer than {@code maxWaitMs} stops
 * holding rows back (logged as a warning, and not waited for again): rows it commits later below
 * the bound are lost, as in Confluent's connector. {@code maxWaitMs} 0 turns the frontier off: the
 * bound is the database's time less the delay, Confluent's.
 *
 * <p>Limits: the writers must stamp rows with the database's clock, or with clocks that lag it by
 * at most the delay (each bound is lowered by it); a backend that took its statement's timestamp
 * but had not yet registered its transaction when the list was read is not waited for, which
 * {@link #START_WINDOW_MS} (plus the delay) makes a matter of a backend stalled that long between
 * two steps of starting a transaction; a hot standby shows none of the primary's transactions.
 */
public final class TimestampFrontier {
    /**
     * How far below the database's clock the high-water mark stays: a transaction whose backend
     * took its timestamp before U but registers its transaction only after the list was read is
     * missed only if that takes longer than this (microseconds, normally).
     */
    public static final long START_WINDOW_MS = 50;

    private static final Logger log = LoggerFactory.getLogger(TimestampFrontier.class);

    /** What the frontier asks the database. */
    public interface Database {
        /** The server's clock now. */
        Instant clock(Connection connection) throws SQLException;

        /** The transactions open now, with their starts where visible ({@code null} where not). */
        Map<String, Instant> open(Connection connection) throws SQLException;
    }

    private final Database database;
    private final long delayMs;
    private final boolean on;
    private final TransactionWait wait;
    private Cycle cycle;

    /**
     * @param delayMs {@code timestamp.delay.interval.ms}
     * @param maxWaitMs the longest a transaction holds rows back; 0 turns the frontier off
     */
    public TimestampFrontier(String source, Database database, long delayMs, long maxWaitMs, Clock clock) {
        this.database = database;
        this.delayMs = delayMs;
        this.on = maxWaitMs > 0;
        this.wait = new TransactionWait(maxWaitMs, clock, (stillOpen, waitedMs) -> log.warn(
            "{}: transactions {} have been open for {} ms while rows up to {} wait for them; those rows are emitted"
                + " now and these transactions are no longer waited for. A row they commit later with a timestamp"
                + " below {} is NOT read (timestamp.commit.max.wait.ms sets how long to wait).",
            source, new TreeSet<>(stillOpen), waitedMs, cycle.highWater, cycle.highWater));
    }

    /**
     * The timestamp below which every row is final now, starting a read cycle when none is
     * running; empty while none is final yet in this cycle.
     */
    public Optional<Instant> bound(Connection connection) throws SQLException {
        if (cycle == null) {
            Instant highWater = database.clock(connection).minusMillis(delayMs + (on ? START_WINDOW_MS : 0));
            cycle = new Cycle(highWater);
            Map<String, Instant> open = on ? database.open(connection) : new HashMap<>();
            cycle.starts.putAll(open);
            wait.begin(open.keySet());
            cycle.raise(wait.check(open.keySet()), delayMs);
        } else if (wait.active()) {
            cycle.raise(wait.check(database.open(connection).keySet()), delayMs);
        }
        return Optional.ofNullable(cycle.bound);
    }

    /** True while rows of the cycle wait for transactions to end. */
    public boolean waiting() {
        return wait.active();
    }

    /** The cycle's rows are read; the next {@link #bound} starts a new cycle. */
    public void endCycle() {
        if (!wait.active()) {
            cycle = null;
        }
    }

    /** A read cycle: its high-water mark, the starts of the transactions open at it, and the bound so far. */
    private static final class Cycle {
        final Instant highWater;
        final Map<String, Instant> starts = new HashMap<>();
        Instant bound;

        Cycle(Instant highWater) {
            this.highWater = highWater;
        }

        /** Raises the bound to what the transactions still open allow: below the oldest start, less the delay. */
        void raise(Set<String> stillOpen, long delayMs) {
            Instant allowed = highWater;
            for (String id : stillOpen) {
                Instant start = starts.get(id);
                if (start == null) {
                    return; // a transaction of unknown start holds every row back until it ends
                }
                Instant below = start.minusMillis(delayMs);
                if (below.isBefore(allowed)) {
                    allowed = below;
                }
            }
            if (bound == null || allowed.isAfter(bound)) {
                bound = allowed;
            }
        }
    }
}
