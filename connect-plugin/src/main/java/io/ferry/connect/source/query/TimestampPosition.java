package io.ferry.connect.source.query;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a timestamp mode has read: every row up to this timestamp (and, in
 * timestamp+incrementing mode, up to this incrementing value among the rows of this timestamp) has
 * been emitted. Exact to the nanosecond, as PostgreSQL's microseconds need.
 */
public final class TimestampPosition {
    private final Instant timestamp;
    private final Long incrementing;

    public TimestampPosition(Instant timestamp, Long incrementing) {
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        this.incrementing = incrementing;
    }

    public Instant timestamp() {
        return timestamp;
    }

    /** {@code null} in timestamp mode, and when the position came from {@code timestamp.initial}. */
    public Long incrementing() {
        return incrementing;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TimestampPosition)) {
            return false;
        }
        TimestampPosition other = (TimestampPosition) o;
        return timestamp.equals(other.timestamp) && Objects.equals(incrementing, other.incrementing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timestamp, incrementing);
    }

    @Override
    public String toString() {
        return incrementing == null ? timestamp.toString() : timestamp + " / " + incrementing;
    }
}
