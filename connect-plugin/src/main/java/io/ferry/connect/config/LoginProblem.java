package io.ferry.connect.config;

import io.ferry.connect.jdbc.DatabaseLogin;

/**
 * A failed validation login as the REST validate call shows it: on the connection key to fix,
 * saying what to check there. A wrong password is connection.password's, a refused user
 * connection.user's, anything else (host, port, database) connection.url's.
 */
public final class LoginProblem {
    private final String key;
    private final String message;

    private LoginProblem(String key, String message) {
        this.key = key;
        this.message = message;
    }

    public static LoginProblem of(DatabaseLogin.Failure failure) {
        String key = keyToFix(failure.reason());
        String message = failure.what() + ": " + advice(failure.reason()) + "."
            + (failure.detail().isEmpty() ? "" : " " + failure.detail());
        return new LoginProblem(key, message);
    }

    private static String keyToFix(DatabaseLogin.Reason reason) {
        switch (reason) {
            case PASSWORD_REJECTED:
                return ConnectionConfig.PASSWORD;
            case USER_REFUSED:
                return ConnectionConfig.USER;
            default:
                return ConnectionConfig.URL;
        }
    }

    private static String advice(DatabaseLogin.Reason reason) {
        switch (reason) {
            case PASSWORD_REJECTED:
                return "check " + ConnectionConfig.PASSWORD;
            case USER_REFUSED:
                return "check " + ConnectionConfig.USER + " (and the server's pg_hba.conf)";
            case DATABASE_MISSING:
                return "check the database name in " + ConnectionConfig.URL;
            case URL_NOT_ACCEPTED:
                return "check " + ConnectionConfig.URL;
            default:
                return "check host, port and database in " + ConnectionConfig.URL
                    + " and that the server is reachable";
        }
    }

    /** The key the REST validate call shows the problem on. */
    public String key() {
        return key;
    }

    /** What failed, what to check, and the driver's own words (secrets masked). */
    public String message() {
        return message;
    }
}
