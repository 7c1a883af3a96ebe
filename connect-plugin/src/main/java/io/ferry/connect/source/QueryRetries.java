package io.ferry.connect.source;

import io.ferry.connect.source.query.RowSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * {@code query.retry.attempts}: counts each table's failed reads in a row, as Confluent's
 * connector counts its queries' failures, and fails the task at the n-th; a read that succeeds
 * starts the count again. Failures that are not transient fail the task at once
 * ({@link ReadFailure}). Used under the task's database lock, so one thread at a time.
 */
final class QueryRetries {
    private final int attempts;
    private final Map<RowSource, Integer> failuresInARow = new HashMap<>();

    /** {@code attempts} of 0 or less: transient failures are retried for ever. */
    QueryRetries(int attempts) {
        this.attempts = attempts;
    }

    void succeeded(RowSource source) {
        failuresInARow.remove(source);
    }

    /** What the failed read of {@code source} means: a retry (a RetriableException) or the task's end. */
    RuntimeException failed(RowSource source, SQLException error) {
        if (!ReadFailure.isTransient(error)) {
            return ReadFailure.of(source, error);
        }
        int failures = failuresInARow.merge(source, 1, Integer::sum);
        if (attempts > 0 && failures >= attempts) {
            failuresInARow.remove(source);
            return new ConnectException(ReadFailure.message(source, error) + ". Failed " + failures
                + " time(s) in a row, as many as query.retry.attempts allows", error);
        }
        return ReadFailure.of(source, error);
    }
}
