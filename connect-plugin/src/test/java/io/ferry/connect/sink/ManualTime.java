package io.ferry.connect.sink;

import io.ferry.connect.testing.MillisClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clock that moves only when the test says, and the waits that go with it: a timed wait ends
 * when the clock is moved (or the monitor notified), never by real time passing. Tests also learn
 * which thread waits, and how, so they act once it does instead of sleeping.
 */
final class ManualTime extends MillisClock implements MonitorWait {
    /** How long a test waits for a thread to start waiting before it fails. */
    private static final long GIVE_UP_MS = 30_000;

    private final Object guard = new Object();
    private long now = 1_000_000;
    /** Every monitor waited on so far: a thread about to wait on one holds it, so a move notifies it in time. */
    private final Set<Object> monitors = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per waiting thread, whether its wait is timed. */
    private final Map<Thread, Boolean> timed = new HashMap<>();

    @Override
    public long millis() {
        synchronized (guard) {
            return now;
        }
    }

    @Override
    public void await(Object monitor) throws InterruptedException {
        park(monitor, false);
    }

    @Override
    public void await(Object monitor, long millis) throws InterruptedException {
        park(monitor, true);
    }

    /**
     * The caller holds the monitor from reading the clock until it waits, so a move of the clock
     * notifies it either before it reads the time or once it waits.
     */
    private void park(Object monitor, boolean isTimed) throws InterruptedException {
        Thread me = Thread.currentThread();
        synchronized (guard) {
            monitors.add(monitor);
            timed.put(me, isTimed);
            guard.notifyAll();
        }
        try {
            monitor.wait();
        } finally {
            synchronized (guard) {
                timed.remove(me);
            }
        }
    }

    /** Moves the clock and wakes every waiting thread, to look at the time again. */
    void advance(Duration duration) {
        List<Object> waitedOn;
        synchronized (guard) {
            now += duration.toMillis();
            waitedOn = new ArrayList<>(monitors);
        }
        for (Object monitor : waitedOn) {
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }

    /** Returns once the thread of that name waits until a time (a backoff, a bounded drain). */
    void awaitTimedWait(String threadName) throws InterruptedException {
        awaitWait(threadName, true);
    }

    /** Returns once the thread of that name waits to be notified, with no time to end its wait. */
    void awaitUntimedWait(String threadName) throws InterruptedException {
        awaitWait(threadName, false);
    }

    private void awaitWait(String threadName, boolean isTimed) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MS;
        synchronized (guard) {
            while (!waits(threadName, isTimed)) {
                long left = giveUp - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("Thread " + threadName + " did not start a " + (isTimed ? "timed" : "")
                        + " wait; waiting now: " + timed);
                }
                guard.wait(left);
            }
        }
    }

    private boolean waits(String threadName, boolean isTimed) {
        return timed.entrySet().stream()
            .anyMatch(e -> e.getKey().getName().equals(threadName) && e.getValue() == isTimed);
    }
}
