package io.ferry.connect.postgres;

import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What PostgreSQL's catalog says about a table's triggers and a schema's trigger functions, and who may create them. */
public final class TriggerCatalog {
    /** The arguments of a table's trigger: no row when there is none. Binds schema, table, trigger. */
    static final String TRIGGER_ARGUMENTS = "SELECT t.tgargs FROM pg_catalog.pg_trigger t"
        + " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = ? AND c.relname = ? AND t.tgname = ?";
    /** A function without parameters in a schema. Binds schema, function. */
    static final String FUNCTION = "SELECT 1 FROM pg_catalog.pg_proc p"
        + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
        + " WHERE n.nspname = ? AND p.proname = ? AND p.pronargs = 0";
    /** Whether the user may create a trigger on a table and a function in a schema. Binds table, schema. */
    static final String PRIVILEGES = "SELECT pg_catalog.has_table_privilege(?, 'TRIGGER'),"
        + " pg_catalog.has_schema_privilege(?, 'CREATE')";

    private TriggerCatalog() {
    }

    /**
     * {@code pg_trigger.tgargs} of the table's trigger of that name (each argument ends in a NUL); null when the
     * table has no such trigger. {@code table} must name its schema.
     */
    public static byte[] triggerArguments(Connection connection, TableId table, String trigger) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TRIGGER_ARGUMENTS)) {
            statement.setString(1, table.schema());
            statement.setString(2, table.table());
            statement.setString(3, trigger);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Whether the schema has a function of that name without parameters. */
    public static boolean functionExists(Connection connection, String schema, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FUNCTION)) {
            statement.setString(1, schema);
            statement.setString(2, function);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The user's privileges to create a trigger on a table and a function in the table's schema. */
    public static Privileges privileges(Connection connection, String quotedTable, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PRIVILEGES)) {
            statement.setString(1, quotedTable);
            statement.setString(2, schema);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Privileges(rs.getBoolean(1), rs.getBoolean(2));
            }
        }
    }

    /** What the user may create for a trigger. */
    public static final class Privileges {
        private final boolean trigger;
        private final boolean createInSchema;

        Privileges(boolean trigger, boolean createInSchema) {
            this.trigger = trigger;
            this.createInSchema = createInSchema;
        }

        /** TRIGGER on the table. */
        public boolean trigger() {
            return trigger;
        }

        /** CREATE on the table's schema, which a new trigger function needs. */
        public boolean createInSchema() {
            return createInSchema;
        }
    }
}
