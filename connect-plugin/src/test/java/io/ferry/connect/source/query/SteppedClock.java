package io.ferry.connect.source.query;

import io.ferry.connect.testing.MillisClock;

/** A task's clock that stands still until the test moves it. */
final class SteppedClock extends MillisClock {
    private long millis = 1_000_000;

    void advance(long ms) {
        millis += ms;
    }

    @Override
    public long millis() {
        return millis;
    }
}
