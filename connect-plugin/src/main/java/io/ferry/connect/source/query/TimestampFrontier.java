package io.ferry.connect.source.query;

import io.ferry.connect.postgres.OpenTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Each {@link #bounds} reads the database's clock C, then lists the transactions open now
 * ({@link OpenTransactions}, after C was read). One that starts later stamps rows after C, as its
 * {@code now()}, {@code statement_timestamp()} and {@code clock_timestamp()} are all later; one that
 * ended before the list was read is seen by the read. So every row below C, and below the start of
 * each transaction on the list, is final: the final bound is the lowest of them, each less the
 * delay and C also less {@link #START_WINDOW_MS}. It follows the oldest open transaction, so a row
 * waits only for the transactions that started before it. A read reads up to C less the delay, as
 * Confluent's connector does, and publishes the rows below the final bound; those above it are read
 * again soon.
 *
 * <p>Where the role may not see a transaction's start ({@code xact_start} of another role's session,
 * without {@code pg_read_all_stats}; a prepared transaction), the frontier knows a floor: a
 * transaction first listed by a later list was not open at the list before, so it started after the
 * clock read before that list; a prepared transaction that appears may be one listed before under
 * its backend's id, so its floor is the lowest of those that have gone since. A transaction on the
 * first list whose start is hidden holds every row back until it ends. The bound never falls.
 *
 * <p>A transaction open longer than {@code maxWaitMs} (since it was first listed) stops holding
 * rows back (logged as a warning): rows it commits later below the bound are lost, as in
 * Confluent's connector. {@code maxWaitMs} 0 turns the frontier off: the bound is C less the delay.
 *
 * <p>Limits: the writers must stamp rows with the database's clock, or with clocks that lag it by
 * at most the delay; a backend that took its statement's timestamp but had not yet registered its
 * transaction when the list was read is not waited for, which {@link #START_WINDOW_MS} (plus the
 * delay) makes a matter of a backend stalled that long between two steps of starting a
 * transaction; a hot standby shows none of the primary's transactions.
 */
public final class TimestampFrontier {
    /**
     * How far below the database's clock the bound stays: a transaction whose backend took its
     * timestamp before C but registers its transaction only after the list was read is missed only
     * if that takes longer than this (microseconds, normally).
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

    private final String source;
    private final Database database;
    private final long delayMs;
    private final long maxWaitMs;
    private final Clock clock;
    /** Of each transaction listed last: its start, or the earliest it can have started; null: any time. */
    private final Map<String, Instant> startFloors = new HashMap<>();
    private final Map<String, Long> firstListedAt = new HashMap<>();
    private final Set<String> abandoned = new HashSet<>();
    private boolean listed;
    private Instant floorOfNewcomers;
    private Instant bound;

    /**
     * @param delayMs {@code timestamp.delay.interval.ms}
     * @param maxWaitMs the longest a transaction holds rows back; 0 turns the frontier off
     */
    public TimestampFrontier(String source, Database database, long delayMs, long maxWaitMs, Clock clock) {
        this.source = source;
        this.database = database;
        this.delayMs = delayMs;
        this.maxWaitMs = maxWaitMs;
        this.clock = clock;
    }

    /** What a read may read now, and what of it is final. */
    public Bounds bounds(Connection connection) throws SQLException {
        Instant now = database.clock(connection);
        Instant readBelow = now.minusMillis(delayMs);
        return new Bounds(maxWaitMs == 0 ? raise(readBelow) : finalBound(connection, now), readBelow);
    }

    private Optional<Instant> finalBound(Connection connection, Instant now) throws SQLException {
        Instant highWater = now.minusMillis(delayMs + START_WINDOW_MS);
        Map<String, Instant> open = database.open(connection);
        updateFloors(open);
        floorOfNewcomers = now.minusMillis(START_WINDOW_MS);
        giveUpOnOldOnes();
        Instant allowed = highWater;
        for (Map.Entry<String, Instant> floor : startFloors.entrySet()) {
            if (abandoned.contains(floor.getKey())) {
                continue;
            }
            if (floor.getValue() == null) {
                return raise(null);
            }
            Instant below = floor.getValue().minusMillis(delayMs);
            if (below.isBefore(allowed)) {
                allowed = below;
            }
        }
        return raise(allowed);
    }

    /** Floors of the transactions open now; see the class comment. */
    private void updateFloors(Map<String, Instant> open) {
        Instant ofVanished = floorOfNewcomers;
        for (Map.Entry<String, Instant> gone : startFloors.entrySet()) {
            if (!open.containsKey(gone.getKey())) {
                ofVanished = lowest(ofVanished, gone.getValue());
            }
        }
        Map<String, Instant> floors = new HashMap<>();
        for (Map.Entry<String, Instant> transaction : open.entrySet()) {
            String id = transaction.getKey();
            Instant floor = transaction.getValue();
            if (floor == null) {
                boolean prepared = id.startsWith(OpenTransactions.PREPARED_PREFIX);
                floor = startFloors.containsKey(id) ? startFloors.get(id) : !listed ? null
                    : prepared ? ofVanished : floorOfNewcomers;
            }
            floors.put(id, floor);
        }
        startFloors.clear();
        startFloors.putAll(floors);
        firstListedAt.keySet().retainAll(open.keySet());
        abandoned.retainAll(open.keySet());
        long millis = clock.millis();
        open.keySet().forEach(id -> firstListedAt.putIfAbsent(id, millis));
        listed = true;
    }

    /** The lower of two floors; null (any time) when either is. */
    private static Instant lowest(Instant a, Instant b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isBefore(b) ? a : b;
    }

    private void giveUpOnOldOnes() {
        Set<String> tooOld = new TreeSet<>();
        long millis = clock.millis();
        firstListedAt.forEach((id, since) -> {
            if (millis - since >= maxWaitMs && !abandoned.contains(id)) {
                tooOld.add(id);
            }
        });
        if (!tooOld.isEmpty()) {
            log.warn("{}: transactions {} have been open for {} ms or more while rows wait for them; they are no"
                + " longer waited for, and a row they commit later with a timestamp below the rows read by then"
                + " is NOT read (timestamp.commit.max.wait.ms sets how long to wait).", source, tooOld, maxWaitMs);
            abandoned.addAll(tooOld);
        }
    }

    /** The bound never falls: what was final stays final. */
    private Optional<Instant> raise(Instant allowed) {
        if (allowed != null && (bound == null || allowed.isAfter(bound))) {
            bound = allowed;
        }
        return Optional.ofNullable(bound);
    }

    /**
     * A read's bounds: it reads the rows below {@code readBelow}, the database's time less the delay
     * (Confluent's bound), and publishes those below {@code finalBelow}; rows between the two wait
     * for transactions to end, or for the start window to pass, and are read again soon.
     */
    public static final class Bounds {
        private final Optional<Instant> finalBelow;
        private final Instant readBelow;

        Bounds(Optional<Instant> finalBelow, Instant readBelow) {
            this.finalBelow = finalBelow;
            this.readBelow = readBelow;
        }

        /** Every row below it is final; empty while none is known to be. */
        public Optional<Instant> finalBelow() {
            return finalBelow;
        }

        public Instant readBelow() {
            return readBelow;
        }
    }
}
