package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.postgres.ServerErrorDetails;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into what to do: a {@link RetriableException} for a transient error, to try
 * again after {@code retry.backoff.ms}, at most {@code max.retries} times in a row; a
 * {@link ConnectException} that stops the task for anything else. Shared by the task's thread
 * (reads before a put is accepted) and the writer's.
 */
final class RetryPolicy {
    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    private final int maxRetries;
    private final long backoffMs;
    private final ConnectionSource connections;
    private int failures;

    RetryPolicy(int maxRetries, long backoffMs, ConnectionSource connections) {
        this.maxRetries = maxRetries;
        this.backoffMs = backoffMs;
        this.connections = connections;
    }

    long backoffMs() {
        return backoffMs;
    }

    /** A write succeeded: the next transient error starts a fresh count. */
    synchronized void succeeded() {
        failures = 0;
    }

    synchronized RuntimeException failed(Exception error) {
        if (SqlStateClassifier.classify(error) != ErrorKind.RETRIABLE) {
            return error instanceof ConnectException ? (ConnectException) error
                : new ConnectException("Writing failed: " + ServerErrorDetails.describe(error), error);
        }
        failures++;
        connections.evictAll(); // the pooled connections may be as broken as the one that failed
        if (failures > maxRetries) {
            return new ConnectException("Writing failed " + failures + " times in a row with transient errors "
                + "(max.retries=" + maxRetries + "); the last: " + ServerErrorDetails.describe(error), error);
        }
        log.warn("Writing failed with a transient error, retry {} of {} in {} ms: {}", failures, maxRetries,
            backoffMs, ServerErrorDetails.describe(error));
        return new RetriableException("Transient database error, will retry: "
            + ServerErrorDetails.describe(error), error);
    }
}
