package io.ferry.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounded waits for what another thread or process does, failing with what was seen last, e.g.
 * "target has 812 rows, source 900 after 60 s". The condition is asked at once, then again
 * after 10 ms, 20 ms, ... up to every 250 ms: quick when it is quick, light on a busy database
 * when it takes minutes. A condition that throws counts as not yet; its last error becomes the
 * failure's cause.
 */
public final class Eventually {
    /** How long {@link #equals} waits: generous, for a background thread on a loaded machine. */
    private static final Duration VALUE_TIMEOUT = Duration.ofSeconds(20);
    private static final long FIRST_POLL_MS = 10;
    private static final long LONGEST_POLL_MS = 250;

    private Eventually() {
    }

    /** Waits until {@code condition} holds; otherwise fails with {@code state} and the time waited. */
    public static void within(Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pollMs = FIRST_POLL_MS;
        RuntimeException lastError;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                lastError = null;
            } catch (RuntimeException e) {
                lastError = e;
            }
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0) {
                break;
            }
            sleep(Math.min(pollMs, leftMs), state);
            pollMs = Math.min(pollMs * 2, LONGEST_POLL_MS);
        }
        String message = describe(state) + " after " + timeout.toSeconds() + " s";
        throw lastError == null ? new AssertionError(message) : new AssertionError(message, lastError);
    }

    /** Returns once {@code value} gives {@code expected}; fails with the last value after 20 s. */
    public static <T> void equals(String what, Supplier<T> value, T expected) {
        AtomicReference<T> last = new AtomicReference<>();
        within(VALUE_TIMEOUT, () -> {
            last.set(value.get());
            return Objects.equals(expected, last.get());
        }, () -> what + ": expected " + expected + " but was " + last.get());
    }

    private static String describe(Supplier<String> state) {
        try {
            return state.get();
        } catch (RuntimeException e) {
            return "(the state could not be read: " + e + ")";
        }
    }

    private static void sleep(long millis, Supplier<String> state) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting: " + describe(state), e);
        }
    }
}
