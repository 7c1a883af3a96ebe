package io.ferry.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded waits that fail with what was seen last, e.g. "target has 812 rows, source 900 after 60 s". */
final class Eventually {
    private static final long POLL_MS = 250;

    private Eventually() {
    }

    /** Waits until {@code condition} holds; otherwise fails with {@code state} + the time waited. */
    static void within(Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException lastError = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                lastError = null;
            } catch (RuntimeException e) {
                lastError = e;
            }
            sleep(POLL_MS);
        }
        String message = state.get() + " after " + timeout.toSeconds() + " s";
        throw lastError == null ? new AssertionError(message) : new AssertionError(message, lastError);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
