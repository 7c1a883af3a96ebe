package io.ferry.connect.source.wakeup;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The wake-up's statements: LISTEN on the channel, and those that install the wake-up trigger on one
 * table: a function in the table's schema that notifies the channel given as the trigger's argument
 * with the table's schema-qualified name, and a statement-level trigger calling it after each INSERT or
 * UPDATE. The function's body holds no name at all; the channel reaches SQL text only as LISTEN's
 * quoted identifier and the trigger's argument, a string literal, and only once it passed the strict
 * check of {@code wakeup.channel}.
 */
public final class WakeupTriggerSql {
    public static final String TRIGGER = "ferry_wakeup";
    public static final String FUNCTION = "ferry_wakeup_notify";

    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Identifiers QUOTED = Identifiers.alwaysQuoting();

    /** Keeps the install from blocking the table's writers for long (CREATE TRIGGER waits for their locks). */
    static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '10s'";

    private final TableId table;
    private final String channel;

    /** {@code LISTEN "channel"}: the session then receives the channel's notifications. */
    static String listen(String channel) {
        return "LISTEN " + QUOTED.quote(checked(channel));
    }

    /** {@code table} must name its schema. */
    public WakeupTriggerSql(TableId table, String channel) {
        if (table.schema() == null) {
            throw new IllegalArgumentException("The wake-up trigger needs the table's schema: " + table);
        }
        this.table = table;
        this.channel = checked(channel);
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a valid wake-up channel name: " + channel);
        }
        return channel;
    }

    String createFunction() {
        return "CREATE OR REPLACE FUNCTION " + function() + "() RETURNS trigger LANGUAGE plpgsql AS $ferry$ BEGIN"
            + " PERFORM pg_catalog.pg_notify(TG_ARGV[0], pg_catalog.quote_ident(TG_TABLE_SCHEMA) || '.' ||"
            + " pg_catalog.quote_ident(TG_TABLE_NAME)); RETURN NULL; END $ferry$";
    }

    String dropTrigger() {
        return "DROP TRIGGER IF EXISTS " + QUOTED.quote(TRIGGER) + " ON " + QUOTED.quote(table);
    }

    String createTrigger() {
        return "CREATE TRIGGER " + QUOTED.quote(TRIGGER) + " AFTER INSERT OR UPDATE ON " + QUOTED.quote(table)
            + " FOR EACH STATEMENT EXECUTE FUNCTION " + function() + "('" + channel + "')";
    }

    /** {@code pg_trigger.tgargs} of a trigger created by {@link #createTrigger()}: each argument ends in a NUL. */
    byte[] triggerArguments() {
        byte[] name = channel.getBytes(StandardCharsets.UTF_8);
        byte[] args = new byte[name.length + 1];
        System.arraycopy(name, 0, args, 0, name.length);
        return args;
    }

    /** The table's name as has_table_privilege() parses it. */
    String quotedTable() {
        return QUOTED.quote(table);
    }

    TableId table() {
        return table;
    }

    private String function() {
        return QUOTED.quote(table.schema()) + "." + QUOTED.quote(FUNCTION);
    }
}
