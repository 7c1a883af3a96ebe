package io.ferry.connect.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One quick connection attempt for both connectors' {@code validate()}, whose failure says what
 * failed: the password, the user, the database named in the URL, or reaching the server at all.
 * Messages never hold the password.
 */
public final class DatabaseLogin {
    /** What kept the login from succeeding. */
    public enum Reason {
        /** The server rejected the user's password. */
        PASSWORD_REJECTED,
        /** The server refused the user (unknown, or not allowed by pg_hba.conf). */
        USER_REFUSED,
        /** The database named in the URL does not exist. */
        DATABASE_MISSING,
        /** The PostgreSQL driver does not take the URL at all. */
        URL_NOT_ACCEPTED,
        /** Anything else: host, port, network, or a server that does not answer. */
        UNREACHABLE
    }

    /** Why the login failed: the reason, what failed in words, and the driver's own account. */
    public static final class Failure extends Exception {
        private final Reason reason;
        private final String what;
        private final String detail;

        public Failure(Reason reason, String what, String detail, Throwable cause) {
            super(detail.isEmpty() ? what : what + ". " + detail, cause);
            this.reason = reason;
            this.what = what;
            this.detail = detail;
        }

        public Reason reason() {
            return reason;
        }

        /** What failed, e.g. "PostgreSQL rejected the password of user 'bob'". */
        public String what() {
            return what;
        }

        /** The driver's message and SQLState, secrets masked; empty when the driver said nothing. */
        public String detail() {
            return detail;
        }
    }

    private static final int TIMEOUT_SECONDS = 10;

    private DatabaseLogin() {
    }

    public static Connection open(ConnectionSettings settings) throws Failure {
        Properties properties = properties(settings);
        try {
            // The driver itself, not DriverManager, which may not see the plugin's class loader.
            Connection connection = new org.postgresql.Driver().connect(settings.url(), properties);
            if (connection == null) {
                throw new Failure(Reason.URL_NOT_ACCEPTED, "The PostgreSQL driver does not accept the URL "
                    + JdbcUrls.redact(settings.url()), "", null);
            }
            return connection;
        } catch (SQLException e) {
            throw failure(settings, e);
        }
    }

    /** The login, quick timeouts, and then the connector's own driver properties, which win. */
    static Properties properties(ConnectionSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(3 * TIMEOUT_SECONDS));
        properties.putAll(settings.driverProperties());
        return properties;
    }

    private static Failure failure(ConnectionSettings settings, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = settings.withoutSecrets(e.getMessage()) + " (SQLState " + state + ")";
        String user = settings.user() == null ? "(none)" : "'" + settings.user() + "'";
        String url = JdbcUrls.redact(settings.url());
        switch (state) {
            case "28P01":
                return new Failure(Reason.PASSWORD_REJECTED, "PostgreSQL rejected the password of user " + user,
                    detail, e);
            case "28000":
                return new Failure(Reason.USER_REFUSED, "PostgreSQL refused user " + user, detail, e);
            case "3D000":
                return new Failure(Reason.DATABASE_MISSING, "The database named in " + url + " does not exist",
                    detail, e);
            default:
                return new Failure(Reason.UNREACHABLE, "Cannot connect to " + url, detail, e);
        }
    }
}
