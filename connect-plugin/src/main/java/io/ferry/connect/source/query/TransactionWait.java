package io.ferry.connect.source.query;

import io.ferry.connect.postgres.OpenTransactions;
import java.time.Clock;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A frontier's wait for the transactions that were open at a read (by the ids
 * {@link OpenTransactions} lists) to end. A transaction waited for longer than the max wait is given
 * up on: the owner is told (to log what it may lose), and it is not waited for again.
 *
 * <p>A transaction waited for may be prepared for two-phase commit meanwhile: it then leaves its
 * backend and lives on under its gid, so any prepared transaction that appears during a wait is
 * waited for too.
 */
final class TransactionWait {
    /** Told about transactions given up on, with how long they were waited for. */
    interface GiveUp {
        void givenUp(Set<String> stillOpen, long waitedMs);
    }

    private final long maxWaitMs;
    private final Clock clock;
    private final GiveUp giveUp;
    private final Set<String> abandoned = new HashSet<>();
    private Set<String> waitFor;
    private long since;

    TransactionWait(long maxWaitMs, Clock clock, GiveUp giveUp) {
        this.maxWaitMs = maxWaitMs;
        this.clock = clock;
        this.giveUp = giveUp;
    }

    /** Starts waiting for the transactions open now, but those given up on before. */
    Set<String> begin(Set<String> openNow) {
        abandoned.retainAll(openNow);
        Set<String> open = new HashSet<>(openNow);
        open.removeAll(abandoned);
        waitFor = Collections.unmodifiableSet(open);
        since = clock.millis();
        return waitFor;
    }

    boolean active() {
        return waitFor != null;
    }

    /**
     * Those waited for that are still open, given the transactions open now; empty when all have
     * ended or the max wait has passed, which ends the wait.
     */
    Set<String> check(Set<String> openNow) {
        Set<String> stillOpen = new HashSet<>();
        for (String id : openNow) {
            if (!abandoned.contains(id) && (waitFor.contains(id) || id.startsWith(OpenTransactions.PREPARED_PREFIX))) {
                stillOpen.add(id);
            }
        }
        long waitedMs = clock.millis() - since;
        if (!stillOpen.isEmpty() && waitedMs >= maxWaitMs) {
            giveUp.givenUp(stillOpen, waitedMs);
            abandoned.addAll(stillOpen);
            stillOpen.clear();
        }
        if (stillOpen.isEmpty()) {
            waitFor = null;
        }
        return stillOpen;
    }
}
