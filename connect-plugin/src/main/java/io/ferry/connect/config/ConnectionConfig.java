package io.ferry.connect.config;

import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.jdbc.JdbcUrls;
import io.ferry.connect.sql.IdentifierQuoting;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The connection keys both connectors share, with the Confluent JDBC connector's names,
 * meanings and defaults, and the immutable settings parsed from them. Any other
 * {@code connection.<property>} key is a property for the PostgreSQL driver.
 */
public final class ConnectionConfig {
    public static final String GROUP = "Connection";

    public static final String URL = "connection.url";
    public static final String USER = "connection.user";
    public static final String PASSWORD = "connection.password";
    public static final String ATTEMPTS = "connection.attempts";
    public static final String BACKOFF_MS = "connection.backoff.ms";
    public static final String DIALECT = "dialect.name";
    public static final String QUOTE_IDENTIFIERS = "quote.sql.identifiers";
    /** Keys starting with this that the connector does not define go to the PostgreSQL driver, prefix removed. */
    public static final String DRIVER_PROPERTY_PREFIX = "connection.";

    public static final int ATTEMPTS_DEFAULT = 3;
    public static final long BACKOFF_MS_DEFAULT = 10_000L;
    /** Ferry speaks only PostgreSQL; these are the values of {@code dialect.name} it accepts. */
    public static final List<String> DIALECTS = Arrays.asList("", "PostgreSqlDatabaseDialect");

    private ConnectionConfig() {
    }

    /** Adds the connection keys to {@code def}, in the order the REST validate call shows them. */
    public static ConfigDef define(ConfigDef def) {
        int order = 0;
        return def
            .define(URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new JdbcUrlValidator(), Importance.HIGH,
                "JDBC connection URL, e.g. jdbc:postgresql://host:5432/database. TLS settings "
                    + "(sslmode, sslrootcert, ...) go into the URL as PostgreSQL JDBC parameters.",
                GROUP, ++order, Width.LONG, "JDBC URL")
            .define(USER, Type.STRING, null, Importance.HIGH, "JDBC connection user.",
                GROUP, ++order, Width.MEDIUM, "JDBC User")
            .define(PASSWORD, Type.PASSWORD, null, Importance.HIGH, "JDBC connection password.",
                GROUP, ++order, Width.MEDIUM, "JDBC Password")
            .define(CredentialsProvider.KEY, Type.STRING, CredentialsProvider.CONFLUENT_DEFAULT,
                new CredentialsProvider(), Importance.LOW,
                "Accepted for compatibility with the Confluent JDBC connector, whose default provider reads the "
                    + "login from connection.user and connection.password, as Ferry always does: only that "
                    + "class's name is allowed. To keep the password out of the config, use a Connect config "
                    + "provider, e.g. connection.password=${file:/secrets/db.properties:password}.",
                GROUP, ++order, Width.LONG, "JDBC Credentials Provider Class")
            .define(ATTEMPTS, Type.INT, ATTEMPTS_DEFAULT, ConfigDef.Range.atLeast(1), Importance.LOW,
                "Maximum number of attempts to get a valid JDBC connection.",
                GROUP, ++order, Width.SHORT, "JDBC connection attempts")
            .define(BACKOFF_MS, Type.LONG, BACKOFF_MS_DEFAULT, ConfigDef.Range.atLeast(0), Importance.LOW,
                "Backoff time in milliseconds between connection attempts.",
                GROUP, ++order, Width.SHORT, "JDBC connection backoff (ms)")
            .define(DIALECT, Type.STRING, "", ConfigDef.ValidString.in(DIALECTS.toArray(new String[0])),
                Importance.LOW,
                "Accepted for compatibility with the Confluent JDBC connector. Ferry always speaks "
                    + "PostgreSQL, so only an empty value or PostgreSqlDatabaseDialect is allowed.",
                GROUP, ++order, Width.LONG, "Database dialect")
            .define(QUOTE_IDENTIFIERS, Type.STRING, "always",
                EnumValidator.of(IdentifierQuoting.class), Importance.MEDIUM,
                "When to quote table names, column names and other identifiers in SQL statements: "
                    + "'always' or 'never'. With 'never', a name that is not a plain identifier "
                    + "(letters, digits, underscores) or is an SQL keyword (e.g. select, order) is still "
                    + "quoted, so SQL stays safe.",
                GROUP, ++order, Width.MEDIUM, "Quote identifiers");
    }

    /** Reads where and how to connect from an already parsed config. */
    public static ConnectionSettings settings(AbstractConfig config) {
        Password password = config.getPassword(PASSWORD);
        return new ConnectionSettings(
            config.getString(URL),
            config.getString(USER),
            password == null ? null : password.value(),
            config.getInt(ATTEMPTS),
            config.getLong(BACKOFF_MS),
            driverProperties(config));
    }

    /**
     * The {@code connection.<property>} keys that the connector does not define, prefix removed, for
     * the driver: what Confluent's connector passes on too.
     */
    static Map<String, String> driverProperties(AbstractConfig config) {
        Map<String, String> properties = new TreeMap<>();
        config.originalsWithPrefix(DRIVER_PROPERTY_PREFIX).forEach((name, value) -> {
            if (!config.values().containsKey(DRIVER_PROPERTY_PREFIX + name) && value != null) {
                properties.put(name, value.toString());
            }
        });
        return properties;
    }

    /** Reads {@code quote.sql.identifiers} from an already parsed config. */
    public static IdentifierQuoting quoting(AbstractConfig config) {
        return EnumValidator.parse(IdentifierQuoting.class, config.getString(QUOTE_IDENTIFIERS));
    }

    /** Rejects URLs that no PostgreSQL driver would take, at validation time. */
    static final class JdbcUrlValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null) {
                return; // NO_DEFAULT_VALUE already reports a missing URL
            }
            String url = value.toString().trim();
            if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
                throw new ConfigException(name, "(hidden)",
                    "Ferry connects to PostgreSQL only: the URL must start with jdbc:postgresql:// "
                        + "(e.g. jdbc:postgresql://host:5432/database)");
            }
            if (JdbcUrls.hasUserInfo(url)) {
                throw new ConfigException(name, "(hidden)",
                    "PostgreSQL's JDBC driver does not accept user:password@ before the host (it would take "
                        + "it for the host name): give them in connection.user and connection.password, "
                        + "or as URL parameters (?user=...&password=...)");
            }
        }

        @Override
        public String toString() {
            return "jdbc:postgresql://host[:port]/database[?parameters]";
        }
    }
}
