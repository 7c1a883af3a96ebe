package io.ferry.testing;

import java.time.Duration;

/**
 * Time a scenario lets pass on purpose: writers writing for 25 s, a killed worker staying down
 * for a second, a soak's pace. Never a wait for something to happen: that is {@link Eventually}.
 */
public final class Pause {
    private Pause() {
    }

    /** Sleeps for {@code length}; a length of zero or less (a moment already past) does not sleep. */
    public static void of(Duration length) {
        if (length.isNegative() || length.isZero()) {
            return;
        }
        try {
            Thread.sleep(length.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
