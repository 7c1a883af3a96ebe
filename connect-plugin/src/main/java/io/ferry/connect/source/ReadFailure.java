package io.ferry.connect.source;

import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.source.query.RowSource;
import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;

/**
 * What a failed read of a table means for the task, by {@link SqlStateClassifier}'s class of the
 * error, as for every other component: a retriable one (lost connection, server shutting down,
 * serialization failure, deadlock) is a {@link RetriableException}, and the next poll reads again
 * over a new connection; anything else (a full disk, a dropped database or table, a value that
 * cannot be read) fails the task, naming the table (or the query) and the SQLState.
 */
final class ReadFailure {
    private ReadFailure() {
    }

    static RuntimeException of(RowSource source, SQLException error) {
        if (isTransient(error)) {
            return new RetriableException(message(source, error) + "; reconnecting", error);
        }
        return new ConnectException(message(source, error), error);
    }

    static boolean isTransient(SQLException error) {
        return SqlStateClassifier.classify(error) == ErrorKind.RETRIABLE;
    }

    /** What failed: the table (or the query), the driver's message and the SQLState. */
    static String message(RowSource source, SQLException error) {
        return "Reading " + source + " failed: " + error.getMessage()
            + " (SQLState " + SqlStateClassifier.sqlStateOf(error) + ")";
    }
}
