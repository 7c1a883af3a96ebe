package io.ferry.connect.config;

import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** {@code transaction.isolation.mode}: Confluent's values that PostgreSQL has, each a JDBC isolation level. */
public enum TransactionIsolation {
    /** The connection's own level (PostgreSQL's default_transaction_isolation): none is set. */
    DEFAULT(-1),
    /** PostgreSQL runs it as READ COMMITTED. */
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    /** Confluent's value for SQL Server, which PostgreSQL does not have. */
    static final String SQL_SERVER_SNAPSHOT = "SQL_SERVER_SNAPSHOT";

    private final int jdbcLevel;

    TransactionIsolation(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** Whether a level is set on the connection at all. */
    public boolean isSet() {
        return this != DEFAULT;
    }

    /** The level for {@link Connection#setTransactionIsolation}; only when {@link #isSet()}. */
    public int jdbcLevel() {
        return jdbcLevel;
    }

    static TransactionIsolation parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** One of the constants' names (any case); SQL Server's snapshot refused with its reason. */
    static final class Validator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            String text = value == null ? "" : value.toString().trim().toUpperCase(Locale.ROOT);
            if (text.equals(SQL_SERVER_SNAPSHOT)) {
                throw new ConfigException(name, value, "SQL Server's snapshot isolation does not exist in PostgreSQL "
                    + "(Confluent's connector refuses it for PostgreSQL too); REPEATABLE_READ is PostgreSQL's snapshot "
                    + "isolation");
            }
            if (Arrays.stream(values()).noneMatch(level -> level.name().equals(text))) {
                throw new ConfigException(name, value, "Must be one of " + this);
            }
        }

        @Override
        public String toString() {
            return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }
}
