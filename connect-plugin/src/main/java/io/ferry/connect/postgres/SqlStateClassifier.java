package io.ferry.connect.postgres;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The one place that decides, by SQLState, whether a database error is retriable, the data's fault, or fatal. */
public final class SqlStateClassifier {
    private static final Set<String> RETRIABLE_STATES = new HashSet<>(Arrays.asList(
        "40001", // serialization_failure
        "40P01", // deadlock_detected
        "57P01", // admin_shutdown (e.g. pg_terminate_backend)
        "57P02", // crash_shutdown
        "57P03", // cannot_connect_now
        "55P03" // lock_not_available
    ));

    private SqlStateClassifier() {
    }

    public static ErrorKind classify(String sqlState) {
        if (sqlState == null || sqlState.length() != 5) {
            return ErrorKind.FATAL;
        }
        String errorClass = sqlState.substring(0, 2);
        if (RETRIABLE_STATES.contains(sqlState) || errorClass.equals("08")) {
            return ErrorKind.RETRIABLE;
        }
        // 42804 datatype_mismatch: a record's value of a type the column cannot take (a boolean
        // for an integer column); other records of the same table can still be written.
        if (errorClass.equals("22") || errorClass.equals("23") || sqlState.equals("42804")) {
            return ErrorKind.DATA;
        }
        // 53xxx insufficient resources are transient (too many connections, out of memory),
        // except a full disk, which needs an operator.
        if (errorClass.equals("53") && !sqlState.equals("53100")) {
            return ErrorKind.RETRIABLE;
        }
        return ErrorKind.FATAL;
    }

    /**
     * Classifies an exception by the first SQLState in its cause chain (including chained
     * {@link SQLException#getNextException() next exceptions} of a batch); a broken connection
     * without one (an {@link IOException} underneath, or a pool timeout) is retriable.
     */
    public static ErrorKind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                ErrorKind kind = classifySqlException((SQLException) t);
                if (kind != null) {
                    return kind;
                }
            }
            if (t instanceof IOException || t instanceof SQLTransientConnectionException) {
                return ErrorKind.RETRIABLE;
            }
        }
        return ErrorKind.FATAL;
    }

    private static ErrorKind classifySqlException(SQLException e) {
        // A batch failure's own state is often generic; the statement's real error is chained.
        for (SQLException s = e; s != null; s = s.getNextException() == s ? null : s.getNextException()) {
            if (s.getSQLState() != null) {
                return classify(s.getSQLState());
            }
        }
        return null;
    }

    /** The SQLState the classification rests on, for messages; null when there is none. */
    public static String sqlStateOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return s.getSQLState();
                    }
                }
            }
        }
        return null;
    }
}
