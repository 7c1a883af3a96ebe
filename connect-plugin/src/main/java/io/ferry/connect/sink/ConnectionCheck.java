package io.ferry.connect.sink;

import io.ferry.connect.config.ConnectionConfig;
import io.ferry.connect.config.ConnectionSettings;
import io.ferry.connect.config.JdbcUrls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Tries the connection settings once, at validation time, and says which key is wrong: the
 * password or the user when the server refuses them, the URL when it cannot be reached or has
 * no such database. The password never appears in the message.
 */
final class ConnectionCheck {
    private static final String TIMEOUT_SECONDS = "10";

    /** A problem and the key it belongs to. */
    static final class Problem {
        private final String key;
        private final String message;

        Problem(String key, String message) {
            this.key = key;
            this.message = message;
        }

        String key() {
            return key;
        }

        String message() {
            return message;
        }
    }

    private ConnectionCheck() {
    }

    static Optional<Problem> problem(ConnectionSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        // The driver directly, not DriverManager, which may not see a driver in a plugin's class loader.
        try (Connection connection = new org.postgresql.Driver().connect(settings.url(), properties)) {
            return Optional.empty();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String message = "Cannot connect to " + JdbcUrls.redact(settings.url()) + " as user "
                + settings.user() + ": " + hidden(e.getMessage(), settings.password());
            return Optional.of(new Problem(keyFor(state), message));
        }
    }

    private static String keyFor(String sqlState) {
        if (sqlState.equals("28P01")) { // invalid_password
            return ConnectionConfig.PASSWORD;
        }
        if (sqlState.startsWith("28")) { // invalid_authorization_specification: unknown user, no pg_hba entry
            return ConnectionConfig.USER;
        }
        return ConnectionConfig.URL;
    }

    private static String hidden(String text, String password) {
        if (text == null) {
            return "";
        }
        return password == null || password.isEmpty() ? text : text.replace(password, "****");
    }
}
