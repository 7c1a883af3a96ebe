package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.postgres.ServerErrorDetails;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed write into what the task throws: a {@link RetriableException} after
 * {@code retry.backoff.ms} for a transient error, at most {@code max.retries} times in a row;
 * a {@link ConnectException} that stops the task for anything else.
 */
final class RetryPolicy {
    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    private final int maxRetries;
    private final long backoffMs;
    private final SinkTaskContext context;
    private final ConnectionSource connections;
    private int failures;

    RetryPolicy(int maxRetries, long backoffMs, SinkTaskContext context, ConnectionSource connections) {
        this.maxRetries = maxRetries;
        this.backoffMs = backoffMs;
        this.context = context;
        this.connections = connections;
    }

    /** A write succeeded: the next transient error starts a fresh count. */
    void succeeded() {
        failures = 0;
    }

    RuntimeException failed(Exception error) {
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
        context.timeout(backoffMs);
        return new RetriableException("Transient database error, will retry: "
            + ServerErrorDetails.describe(error), error);
    }
}
