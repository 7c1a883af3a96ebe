package io.ferry.connect.postgres;

import java.sql.SQLException;

/**
 * How a database failure is told in the messages, logs and causes the sink hands on: in full, or,
 * with {@code trim.sensitive.log}, without anything the data written could show through (the
 * server's words, the failing row, a key's values, the statement's parameters).
 */
public final class FailureText {
    public static final FailureText FULL = new FailureText(false);
    public static final FailureText WITHOUT_DATA = new FailureText(true);

    private final boolean withoutData;

    private FailureText(boolean withoutData) {
        this.withoutData = withoutData;
    }

    /** {@code trim.sensitive.log}'s. */
    public static FailureText of(boolean trimSensitiveLog) {
        return trimSensitiveLog ? WITHOUT_DATA : FULL;
    }

    /** The failure in one line, for a message ({@link ServerErrorDetails}). */
    public String describe(Throwable error) {
        return withoutData ? ServerErrorDetails.describeWithoutData(error) : ServerErrorDetails.describe(error);
    }

    /**
     * The failure to attach as the cause of an exception that tells it: the failure itself, or
     * without data a stand-in that keeps its SQLState and stack trace and says no more.
     */
    public Throwable cause(Throwable error) {
        if (!withoutData) {
            return error;
        }
        SQLException standIn = new SQLException(describe(error), SqlStateClassifier.sqlStateOf(error));
        standIn.setStackTrace(error.getStackTrace());
        return standIn;
    }
}
