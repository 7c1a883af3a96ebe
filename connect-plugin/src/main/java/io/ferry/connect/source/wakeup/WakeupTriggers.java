package io.ferry.connect.source.wakeup;

import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the wake-up trigger ({@link WakeupTriggerSql}) on a table unless it is there already with the
 * same channel, so every task start may call it. Each table is done in its own short transaction.
 */
public final class WakeupTriggers {
    private static final Logger log = LoggerFactory.getLogger(WakeupTriggers.class);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final String channel;

    public WakeupTriggers(String channel) {
        this.channel = channel;
    }

    /** Installs the trigger on each table, over a connection of its own. */
    public void install(ConnectionSettings settings, List<TableId> tables) throws SQLException {
        try (Connection connection = WakeupConnections.open(settings)) {
            for (TableId table : tables) {
                install(connection, table);
            }
        }
    }

    /** Installs the trigger on the table; {@code connection} is in auto-commit mode and left so. */
    void install(Connection connection, TableId table) throws SQLException {
        WakeupTriggerSql sql = new WakeupTriggerSql(withSchema(connection, table), channel);
        byte[] found = triggerArguments(connection, sql.table());
        if (found != null && Arrays.equals(found, sql.triggerArguments())) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(WakeupTriggerSql.LOCK_TIMEOUT);
            if (!functionExists(connection, sql.table().schema())) {
                statement.execute(sql.createFunction());
            }
            statement.execute(sql.dropTrigger());
            statement.execute(sql.createTrigger());
            connection.commit();
            log.info("Installed wake-up trigger {} on table {}: it notifies channel {}", WakeupTriggerSql.TRIGGER,
                sql.table(), channel);
        } catch (SQLException e) {
            connection.rollback();
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw new ConnectException("wakeup.trigger.create: cannot install the wake-up trigger on table "
                    + sql.table() + ": " + e.getMessage() + ". Grant the connector's user TRIGGER on the table and "
                    + "CREATE on schema " + sql.table().schema() + ", or install the trigger yourself and set "
                    + "wakeup.trigger.create=false", e);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Why the user cannot install the trigger on the table; null when it can, or when the trigger is in place
     * already. For {@code validate()}.
     */
    public String missingPrivilege(Connection connection, TableId table) throws SQLException {
        WakeupTriggerSql sql = new WakeupTriggerSql(withSchema(connection, table), channel);
        byte[] found = triggerArguments(connection, sql.table());
        if (found != null && Arrays.equals(found, sql.triggerArguments())) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement(WakeupTriggerSql.PRIVILEGES)) {
            statement.setString(1, sql.quotedTable());
            statement.setString(2, sql.table().schema());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                boolean functionNeeded = !functionExists(connection, sql.table().schema());
                if (rs.getBoolean(1) && (rs.getBoolean(2) || !functionNeeded)) {
                    return null;
                }
                return "The wake-up trigger cannot be installed on table " + sql.table() + ": the user needs the "
                    + "TRIGGER privilege on it" + (functionNeeded ? " and CREATE on schema " + sql.table().schema() : "")
                    + ". Grant them, or install the trigger yourself and set wakeup.trigger.create=false";
            }
        }
    }

    private static TableId withSchema(Connection connection, TableId table) throws SQLException {
        if (table.schema() != null) {
            return table;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_catalog.current_schema()")) {
            rs.next();
            return new TableId(rs.getString(1), table.table());
        }
    }

    private static byte[] triggerArguments(Connection connection, TableId table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WakeupTriggerSql.FIND_TRIGGER)) {
            statement.setString(1, table.schema());
            statement.setString(2, table.table());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private static boolean functionExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WakeupTriggerSql.FIND_FUNCTION)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }
}
