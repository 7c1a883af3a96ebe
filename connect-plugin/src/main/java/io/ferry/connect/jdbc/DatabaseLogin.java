package io.ferry.connect.jdbc;

import io.ferry.connect.config.ConnectionConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One quick connection attempt for both connectors' {@code validate()}, whose failure names the key to fix:
 * a wrong password on connection.password, an unknown or refused user on connection.user,
 * anything else (host, port, database) on connection.url. Messages never hold the password.
 */
public final class DatabaseLogin {
    /** Why the login failed and which key to fix. */
    public static final class Failure extends Exception {
        private final String key;

        Failure(String key, String message, Throwable cause) {
            super(message, cause);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final int TIMEOUT_SECONDS = 10;

    private DatabaseLogin() {
    }

    public static Connection open(ConnectionSettings settings) throws Failure {
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
        try {
            // The driver itself, not DriverManager, which may not see the plugin's class loader.
            Connection connection = new org.postgresql.Driver().connect(settings.url(), properties);
            if (connection == null) {
                throw new Failure(ConnectionConfig.URL, "The PostgreSQL driver does not accept the URL "
                    + JdbcUrls.redact(settings.url()), null);
            }
            return connection;
        } catch (SQLException e) {
            throw failure(settings, e);
        }
    }

    private static Failure failure(ConnectionSettings settings, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = settings.withoutSecrets(e.getMessage()) + " (SQLState " + state + ")";
        String user = settings.user() == null ? "(none)" : "'" + settings.user() + "'";
        switch (state) {
            case "28P01":
                return new Failure(ConnectionConfig.PASSWORD, "PostgreSQL rejected the password of user " + user
                    + ": check connection.password. " + detail, e);
            case "28000":
                return new Failure(ConnectionConfig.USER, "PostgreSQL refused user " + user
                    + ": check connection.user (and the server's pg_hba.conf). " + detail, e);
            case "3D000":
                return new Failure(ConnectionConfig.URL, "The database named in connection.url "
                    + JdbcUrls.redact(settings.url()) + " does not exist. " + detail, e);
            default:
                return new Failure(ConnectionConfig.URL, "Cannot connect to " + JdbcUrls.redact(settings.url())
                    + ": check host, port and database in connection.url and that the server is reachable. "
                    + detail, e);
        }
    }
}
