package io.ferry.bench;

import io.ferry.stack.IrisGenerator;
import io.ferry.testing.Database;
import io.ferry.testing.Pause;
import java.time.Duration;
import java.time.Instant;

/**
 * A latency run's load (W3, W2ts): the seed's generator inserting iris rows at a fixed rate for
 * the run's seconds, the first third of them warm-up and not measured.
 */
final class TimedInserts {
    private final long warmUpRows;
    private final Instant measuredFrom;
    private final long inserted;

    private TimedInserts(long warmUpRows, Instant measuredFrom, long inserted) {
        this.warmUpRows = warmUpRows;
        this.measuredFrom = measuredFrom;
        this.inserted = inserted;
    }

    /** Inserts for {@code seconds} (blocking), then stops. */
    static TimedInserts run(Database source, int rowsPerSecond, int seconds) {
        IrisGenerator generator = IrisGenerator.atRate(source, rowsPerSecond);
        Pause.of(Duration.ofMillis(seconds * 1000L / 3));
        long warmUpRows = generator.inserted();
        Instant measuredFrom = Instant.now();
        Pause.of(Duration.ofMillis(seconds * 2000L / 3));
        return new TimedInserts(warmUpRows, measuredFrom, generator.stop());
    }

    /** Rows inserted in the warm-up third. */
    long warmUpRows() {
        return warmUpRows;
    }

    /** The end of the warm-up: rows whose {@code timestamp} (the generator's clock) is not earlier are measured. */
    Instant measuredFrom() {
        return measuredFrom;
    }

    long inserted() {
        return inserted;
    }
}
