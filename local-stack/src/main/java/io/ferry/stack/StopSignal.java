package io.ferry.stack;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for the quickstart: the JVM's shutdown hook asks the main thread to stop, then waits
 * until the main thread has stopped everything it started, so that the JVM exits only after
 * the worker, the broker and PostgreSQL are gone.
 */
final class StopSignal {
    /** Longer than the slowest stop: the worker's 60 s grace, then broker and PostgreSQL. */
    private static final long CLEANUP_TIMEOUT_SECONDS = 120;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    /** Installs the shutdown hook that requests the stop and waits for the cleanup. */
    static StopSignal onJvmShutdown() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(signal::requestAndAwaitCleanup, "quickstart-stop"));
        return signal;
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    /** Waits up to {@code millis} for a stop request; true if one came. */
    boolean awaitRequest(long millis) {
        try {
            return requested.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Called by the main thread once everything is stopped; lets the JVM exit. */
    void cleanedUp() {
        cleanedUp.countDown();
    }

    private void requestAndAwaitCleanup() {
        requested.countDown();
        try {
            cleanedUp.await(CLEANUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
