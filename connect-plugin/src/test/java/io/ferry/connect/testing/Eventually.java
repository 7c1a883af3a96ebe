package io.ferry.connect.testing;

import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/** Waits for something a background thread does (the sink's writer), with a generous bound for loaded machines. */
public final class Eventually {
    private static final long TIMEOUT_MS = 20_000;

    private Eventually() {
    }

    /** Returns once {@code value} gives {@code expected}; fails with the last value after the timeout. */
    public static <T> void equals(String what, Supplier<T> value, T expected) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        T last = value.get();
        while (!expected.equals(last) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        Assertions.assertThat(last).as(what).isEqualTo(expected);
    }
}
