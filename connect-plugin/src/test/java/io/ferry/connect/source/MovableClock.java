package io.ferry.connect.source;

import io.ferry.connect.testing.MillisClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock, which a test can move forward: time passes as usual, and jumps when the test
 * says. A task on it waits out a poll interval, or a gap's max wait, of an hour only when the test
 * moves the clock past it.
 */
final class MovableClock extends MillisClock {
    private final AtomicLong aheadMs = new AtomicLong();

    void moveForward(Duration duration) {
        aheadMs.addAndGet(duration.toMillis());
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + aheadMs.get();
    }
}
