package io.ferry.connect.postgres;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** What PostgreSQL said about a failed statement, in one line for an error message. */
public final class ServerErrorDetails {
    private ServerErrorDetails() {
    }

    /** The column the server blamed (e.g. of a NOT NULL violation), or null when it named none. */
    public static String column(Throwable error) {
        ServerErrorMessage message = serverMessage(error);
        return message == null ? null : message.getColumn();
    }

    /** e.g. {@code SQLState 23502: ERROR: null value in column "x" ... (constraint t_x_check)}. */
    public static String describe(Throwable error) {
        String state = SqlStateClassifier.sqlStateOf(error);
        ServerErrorMessage message = serverMessage(error);
        String text = message != null ? message.toString().replaceAll("\\s*\\n\\s*", " ") : deepestMessage(error);
        String constraint = message == null ? null : message.getConstraint();
        return (state == null ? "" : "SQLState " + state + ": ") + text
            + (constraint == null ? "" : " (constraint " + constraint + ")");
    }

    /**
     * What may be said of a failure without the data written: its SQLState and the names of the
     * table, column and constraint the server gave, never the server's words (which may quote a
     * value, a key or the failing row), e.g. {@code SQLState 23505 (constraint t_pkey)}.
     */
    public static String describeWithoutData(Throwable error) {
        String state = SqlStateClassifier.sqlStateOf(error);
        ServerErrorMessage message = serverMessage(error);
        StringBuilder text = new StringBuilder(state == null ? error.getClass().getSimpleName() : "SQLState " + state);
        text.append(" (the database's message is left out: trim.sensitive.log=true)");
        if (message != null) {
            appendName(text, "table", message.getTable());
            appendName(text, "column", message.getColumn());
            appendName(text, "constraint", message.getConstraint());
        }
        return text.toString();
    }

    private static void appendName(StringBuilder text, String what, String name) {
        if (name != null) {
            text.append(" (").append(what).append(' ').append(name).append(')');
        }
    }

    private static ServerErrorMessage serverMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
                    if (s instanceof PSQLException && ((PSQLException) s).getServerErrorMessage() != null) {
                        return ((PSQLException) s).getServerErrorMessage();
                    }
                }
            }
        }
        return null;
    }

    private static String deepestMessage(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
