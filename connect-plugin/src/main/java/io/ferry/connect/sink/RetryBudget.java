package io.ferry.connect.sink;

/**
 * Counts transient failures of one kind of work in a row: at most {@code max.retries} of them are
 * tried again, and a success starts the count afresh. Each kind of work has its own, so failures
 * of one do not use up the retries of another. Used by one thread.
 */
final class RetryBudget {
    private final int maxRetries;
    private int failures;

    RetryBudget(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /** Counts a failure; false once more than {@code max.retries} came in a row. */
    boolean spend() {
        failures++;
        return failures <= maxRetries;
    }

    /** The work succeeded. */
    void reset() {
        failures = 0;
    }

    /** Failures in a row so far. */
    int failures() {
        return failures;
    }

    int maxRetries() {
        return maxRetries;
    }
}
