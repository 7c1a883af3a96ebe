package io.ferry.connect.source.query;

import io.ferry.connect.postgres.OpenTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which rows of incrementing mode are final, so the offset never moves past a value
 * that a still-open transaction may commit later (Confluent's connector loses such rows).
 *
 * <p>A row is final when
 * <ul>
 *   <li>its value is the last emitted value + 1: values are unique, so nothing can ever be
 *   committed between the two. A single writer with a dense sequence only meets this case and
 *   pays nothing: no extra query, no wait;</li>
 *   <li>or its value is at most the frontier: a page read at snapshot S whose highest value is
 *   M. A value below M committed after S was drawn by {@code nextval()} before M was, so before
 *   S, by a transaction that was open at S. Those transactions are listed (by their virtual
 *   transaction ids, see {@link OpenTransactions}) after S; once all of them have ended, a read
 *   with a new snapshot sees every value up to M that will ever exist, and a gap left then is
 *   permanent (rolled back, or a value drawn and never used). M becomes the frontier.</li>
 * </ul>
 * Rows after a gap are held until then: when no other transaction is open the gap is settled at
 * once by a second read; else the open transactions are checked every
 * {@link #RECHECK_MS} ms until they have ended. A transaction open longer than
 * {@code maxWaitMs} stops holding rows back (logged as a warning, and not waited for again):
 * should it commit a value below the frontier after all, that row is lost.
 *
 * <p>Why virtual transaction ids and not a snapshot's list of running xids
 * ({@code pg_current_snapshot()}): a transaction gets an xid only at its first write, so one that
 * has drawn its value with {@code nextval()} but not inserted yet is in no snapshot's list, while
 * its virtual transaction id is locked from its first statement to its end. That lock is
 * released after the commit became visible, so once it is gone a new snapshot sees the rows.
 * The list is read after the page's snapshot: a transaction open at S either ended before the
 * list was read (then a new read sees it) or is on the list.
 *
 * <p>Cost: none while values arrive dense. After a gap, one query of {@code pg_locks} per check
 * and one more page read, and rows after the gap arrive once the transactions open at the read
 * have ended (plus up to {@link #RECHECK_MS} ms).
 *
 * <p>What the guarantee rests on: values come from a sequence with {@code CACHE 1} (the default)
 * and a positive increment, drawn inside the transaction that inserts them. A sequence with a
 * larger cache hands each session a block of values that it may use in any later transaction,
 * and values set by the application follow no order: incrementing mode cannot be exact then.
 */
public final class CommitFrontier {
    /** How often the transactions a frontier waits for are checked. */
    public static final long RECHECK_MS = 25;

    private static final Logger log = LoggerFactory.getLogger(CommitFrontier.class);

    /** Lists the transactions open now; {@link OpenTransactions#list} in production. */
    public interface TransactionList {
        Set<String> open(Connection connection) throws SQLException;
    }

    private final String table;
    private final TransactionList transactions;
    private final long maxWaitMs;
    private final TransactionWait wait;
    private long finalUpTo = Long.MIN_VALUE;
    private long pendingUpTo;

    /**
     * @param table what rows are read from, to start log lines with ({@code Table public.t})
     * @param maxWaitMs 0 turns the frontier off: every row read is final, as in Confluent's connector
     */
    public CommitFrontier(String table, TransactionList transactions, long maxWaitMs, Clock clock) {
        this.table = table;
        this.transactions = transactions;
        this.maxWaitMs = maxWaitMs;
        this.wait = new TransactionWait(maxWaitMs, clock, (stillOpen, waitedMs) -> log.warn(
            "{}: transactions {} have been open for {} ms while rows after a gap wait; rows up to value {} are"
                + " emitted now and these transactions are no longer waited for. A value below {} that they commit"
                + " later is NOT read (incrementing.gap.max.wait.ms sets how long to wait).",
            table, new TreeSet<>(stillOpen), waitedMs, pendingUpTo, pendingUpTo));
    }

    /** Whether a row of this value, read now, may be emitted after the last emitted value. */
    public boolean isFinal(long value, Long lastEmitted) {
        return maxWaitMs == 0 || value <= finalUpTo || (lastEmitted != null && value == lastEmitted + 1);
    }

    /** True while rows are held for transactions that are still open. */
    public boolean waiting() {
        return wait.active();
    }

    /**
     * Rows up to {@code upTo}, read at a snapshot taken before this call, are held: waits for the
     * transactions open now. Returns true when none is, so that a new read settles the gap.
     */
    public boolean hold(Connection connection, long upTo) throws SQLException {
        if (!wait.active()) {
            pendingUpTo = upTo;
            log.debug("{}: rows after a gap up to value {} wait for transactions {}", table, upTo,
                wait.begin(transactions.open(connection)));
        }
        return settle(connection);
    }

    /** Checks the transactions waited for; true when they all ended (or waited too long). */
    public boolean settle(Connection connection) throws SQLException {
        if (!wait.active()) {
            return true;
        }
        if (!wait.check(transactions.open(connection)).isEmpty()) {
            return false;
        }
        finalUpTo = Math.max(finalUpTo, pendingUpTo);
        return true;
    }
}
