package io.ferry.connect.sink;

import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.SqlStateClassifier;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure of one kind of the sink's work (the writer's transactions; the reads a put needs
 * before it is accepted) into what to do, each kind with a policy and a {@link RetryBudget} of its
 * own: a transient failure (a database error {@link SqlStateClassifier} calls retriable, or a wait
 * that timed out) is a {@link RetriableException}, to try again after {@code retry.backoff.ms},
 * while the budget lasts; anything else is a {@link ConnectException} that stops the task. A
 * transient database error also evicts the pooled connections: they may be as broken as the one
 * that failed. Used by one thread.
 */
final class RetryPolicy {
    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    private final String work;
    private final RetryBudget budget;
    private final long backoffMs;
    private final Runnable evictConnections;
    private final FailureText failureText;

    /**
     * @param work        what failed, to begin messages with, e.g. "Writing"
     * @param failureText how database failures are told: in full, or without data (trim.sensitive.log)
     */
    RetryPolicy(String work, int maxRetries, long backoffMs, Runnable evictConnections, FailureText failureText) {
        this.work = work;
        this.budget = new RetryBudget(maxRetries);
        this.backoffMs = backoffMs;
        this.evictConnections = evictConnections;
        this.failureText = failureText;
    }

    long backoffMs() {
        return backoffMs;
    }

    /** The work succeeded: the next transient failure starts a fresh count. */
    void succeeded() {
        budget.reset();
    }

    RuntimeException failed(Exception error) {
        boolean databaseTransient = evictIfTransient(error);
        if (!databaseTransient && !(error instanceof RetriableException)) {
            return error instanceof ConnectException ? (ConnectException) error
                : new ConnectException(work + " failed: " + failureText.describe(error), failureText.cause(error));
        }
        if (!budget.spend()) {
            return new ConnectException(work + " failed " + budget.failures() + " times in a row with transient "
                + "errors (max.retries=" + budget.maxRetries() + "); the last: " + failureText.describe(error),
                failureText.cause(error));
        }
        log.warn("{} failed with a transient error, retry {} of {} in {} ms: {}", work, budget.failures(),
            budget.maxRetries(), backoffMs, failureText.describe(error));
        return new RetriableException(work + " failed with a transient error, will retry: "
            + failureText.describe(error), failureText.cause(error));
    }

    /** Evicts the pooled connections after a transient database error; returns whether it was one. */
    boolean evictIfTransient(Throwable error) {
        if (SqlStateClassifier.classify(error) != ErrorKind.RETRIABLE) {
            return false;
        }
        evictConnections.run();
        return true;
    }
}
