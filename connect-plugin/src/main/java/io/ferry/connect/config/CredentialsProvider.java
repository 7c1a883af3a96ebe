package io.ferry.connect.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * {@code jdbc.credentials.provider.class}: Confluent's connector loads a class implementing its
 * own JdbcCredentialsProvider interface, which Ferry does not ship, so no such class could be
 * loaded. Its default provider reads connection.user and connection.password, which is what
 * Ferry does; that class's name is the one value accepted.
 */
final class CredentialsProvider implements ConfigDef.Validator {
    static final String KEY = "jdbc.credentials.provider.class";
    /** Keys under this configure the provider in Confluent's connector. */
    static final String PREFIX = "jdbc.credentials.provider.";
    static final String CONFLUENT_DEFAULT = "io.confluent.connect.jdbc.util.DefaultJdbcCredentialsProvider";

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null || !value.toString().trim().equals(CONFLUENT_DEFAULT)) {
            throw new ConfigException(name, value, "Ferry cannot load credentials provider classes (it does not ship "
                + "Confluent's JdbcCredentialsProvider interface) and reads the login from connection.user and "
                + "connection.password only: leave " + KEY + " unset or at " + CONFLUENT_DEFAULT + ". A Connect config "
                + "provider (${file:...}, ${env:...}) keeps the password out of the config");
        }
    }

    @Override
    public String toString() {
        return CONFLUENT_DEFAULT;
    }
}
