package io.ferry.connect.source.wakeup;

import io.ferry.connect.jdbc.ConnectionSettings;
import io.ferry.connect.postgres.RelationLookup;
import io.ferry.connect.postgres.TriggerCatalog;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
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
        if (inPlace(connection, sql)) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(WakeupTriggerSql.LOCK_TIMEOUT);
            if (!functionExists(connection, sql)) {
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
        if (inPlace(connection, sql)) {
            return null;
        }
        TriggerCatalog.Privileges may = TriggerCatalog.privileges(connection, sql.quotedTable(), sql.table().schema());
        boolean functionNeeded = !functionExists(connection, sql);
        if (may.trigger() && (may.createInSchema() || !functionNeeded)) {
            return null;
        }
        return "The wake-up trigger cannot be installed on table " + sql.table() + ": the user needs the "
            + "TRIGGER privilege on it" + (functionNeeded ? " and CREATE on schema " + sql.table().schema() : "")
            + ". Grant them, or install the trigger yourself and set wakeup.trigger.create=false";
    }

    private static TableId withSchema(Connection connection, TableId table) throws SQLException {
        return table.schema() != null ? table : new TableId(RelationLookup.currentSchema(connection), table.table());
    }

    /** Whether the table has the trigger already, notifying the same channel. */
    private static boolean inPlace(Connection connection, WakeupTriggerSql sql) throws SQLException {
        byte[] found = TriggerCatalog.triggerArguments(connection, sql.table(), WakeupTriggerSql.TRIGGER);
        return found != null && Arrays.equals(found, sql.triggerArguments());
    }

    private static boolean functionExists(Connection connection, WakeupTriggerSql sql) throws SQLException {
        return TriggerCatalog.functionExists(connection, sql.table().schema(), WakeupTriggerSql.FUNCTION);
    }
}
