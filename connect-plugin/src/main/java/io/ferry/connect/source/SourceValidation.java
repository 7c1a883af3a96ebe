package io.ferry.connect.source;

import static io.ferry.connect.config.SourceConfig.INCREMENTING_COLUMN;
import static io.ferry.connect.config.SourceConfig.MODE;
import static io.ferry.connect.config.SourceConfig.QUERY;
import static io.ferry.connect.config.SourceConfig.RECORD_KEY_MODE;
import static io.ferry.connect.config.SourceConfig.TABLE_BLACKLIST;
import static io.ferry.connect.config.SourceConfig.TABLE_WHITELIST;
import static io.ferry.connect.config.SourceConfig.TIMESTAMP_COLUMN;
import static io.ferry.connect.config.SourceConfig.TIMESTAMP_DELAY_MS;
import static io.ferry.connect.config.SourceConfig.WAKEUP_CHANNEL;
import static io.ferry.connect.config.SourceConfig.WAKEUP_TRIGGER_CREATE;

import io.ferry.connect.config.LoginProblem;
import io.ferry.connect.config.RecordKeyMode;
import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.config.SourceMode;
import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.jdbc.DatabaseLogin;
import io.ferry.connect.jdbc.SourceTables;
import io.ferry.connect.postgres.CatalogColumns;
import io.ferry.connect.postgres.PrimaryKeyColumns;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.wakeup.WakeupTriggers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source connector's cross-key checks, reported on the key to fix: first those needing
 * no database, then, when the connection keys are valid, those against the database itself
 * (login, whitelisted tables exist, every column maps, an incrementing column is found).
 */
final class SourceValidation {
    private static final Logger log = LoggerFactory.getLogger(SourceValidation.class);

    private final Map<String, ConfigValue> values;

    SourceValidation(List<ConfigValue> values) {
        this.values = values.stream().collect(Collectors.toMap(ConfigValue::name, Function.identity()));
    }

    void check(Map<String, String> props) {
        if (values.values().stream().anyMatch(v -> !v.errorMessages().isEmpty())) {
            return; // single-key errors first: the settings cannot be parsed yet
        }
        SourceSettings settings = SourceConfig.parse(props);
        boolean consistent = checkKeys(settings, props);
        if (consistent) {
            checkDatabase(settings);
        }
    }

    private boolean checkKeys(SourceSettings settings, Map<String, String> props) {
        boolean ok = true;
        if (!settings.whitelist().isEmpty() && !settings.blacklist().isEmpty()) {
            ok = error(TABLE_WHITELIST, "Set table.whitelist or table.blacklist, not both");
            error(TABLE_BLACKLIST, "Set table.whitelist or table.blacklist, not both");
        }
        if (settings.mode() == null) {
            ok = error(MODE, "Set mode to one of: bulk, incrementing");
        }
        if (!blank(props.get(QUERY))) {
            ok = error(QUERY, "Custom queries are not implemented by Ferry yet; leave query empty and "
                + "name the tables in table.whitelist");
        }
        if (!blank(props.get(QUERY)) && settings.recordKeyMode() == RecordKeyMode.PRIMARY_KEY) {
            ok = error(RECORD_KEY_MODE, "A custom query has no primary key to key records with: set "
                + RECORD_KEY_MODE + "=none, or read tables instead of a query");
        }
        if (!blank(props.get(TIMESTAMP_COLUMN))) {
            ok = error(TIMESTAMP_COLUMN, "The timestamp modes are not implemented by Ferry yet; "
                + "leave timestamp.column.name empty");
        }
        if (!blank(props.get(TIMESTAMP_DELAY_MS)) && Long.parseLong(props.get(TIMESTAMP_DELAY_MS).trim()) != 0) {
            ok = error(TIMESTAMP_DELAY_MS, "The timestamp modes are not implemented by Ferry yet; "
                + "leave timestamp.delay.interval.ms at 0");
        }
        return checkWakeup(settings) && ok;
    }

    private boolean checkWakeup(SourceSettings settings) {
        boolean ok = true;
        if (settings.wakeupTriggerCreate() && !settings.wakeupEnabled()) {
            ok = error(WAKEUP_TRIGGER_CREATE, "The wake-up trigger notifies wakeup.channel: set wakeup.channel "
                + "(e.g. ferry_wakeup) too, or leave wakeup.trigger.create false");
        }
        if (settings.wakeupEnabled() && settings.mode() == SourceMode.BULK) {
            ok = error(WAKEUP_CHANNEL, "The wake-up reads new rows, which bulk mode does not track (each wake-up "
                + "would publish whole tables again): use mode=incrementing, or leave wakeup.channel empty");
        }
        return ok;
    }

    private void checkDatabase(SourceSettings settings) {
        try (Connection connection = DatabaseLogin.open(settings.connection())) {
            checkTables(settings, connection);
        } catch (DatabaseLogin.Failure e) {
            LoginProblem problem = LoginProblem.of(e);
            error(problem.key(), problem.message());
        } catch (SQLException e) {
            error(tableKey(settings),
                "Cannot read the database's tables: " + e.getMessage());
        }
    }

    private void checkTables(SourceSettings settings, Connection connection) throws SQLException {
        TableFilter filter = new TableFilter(settings.whitelist(), settings.blacklist());
        List<TableId> found = SourceTables.list(connection, settings.schemaPattern(), settings.tableTypes());
        List<TableId> missing = filter.missing(found);
        if (!missing.isEmpty()) {
            error(TABLE_WHITELIST, "Tables not found: " + missing + " (looked in schemas matching "
                + (settings.schemaPattern() == null ? "any" : settings.schemaPattern())
                + " for types " + settings.tableTypes() + "; names are case-sensitive)");
        }
        PostgresTypes types = new PostgresTypes(settings.dbTimeZone(), settings.numericMapping());
        for (TableId id : filter.select(found)) {
            SourceTable table = SourceTable.of(id, CatalogColumns.of(connection, id), types);
            if (!table.unmappedColumns().isEmpty()) {
                log.warn(table.unmappedDescription());
                error(tableKey(settings), table.unmappedDescription()
                    + ". Exclude the table (table.blacklist / table.whitelist) or change the column types.");
            }
            checkRecordKey(settings, connection, table);
            checkWakeupTrigger(settings, connection, id);
            if (settings.mode() == SourceMode.INCREMENTING) {
                IncrementingColumn column =
                    IncrementingColumn.resolve(table, settings.incrementingColumn(), settings.validateNonNull());
                if (!column.found()) {
                    error(INCREMENTING_COLUMN, column.problem());
                }
            }
        }
    }

    private void checkRecordKey(SourceSettings settings, Connection connection, SourceTable table)
        throws SQLException {
        if (settings.recordKeyMode() == RecordKeyMode.PRIMARY_KEY) {
            PrimaryKeyRecordKey key = PrimaryKeyRecordKey.resolve(table, PrimaryKeyColumns.of(connection, table.id()));
            if (!key.found()) {
                error(RECORD_KEY_MODE, key.problem());
            }
        }
    }

    private void checkWakeupTrigger(SourceSettings settings, Connection connection, TableId table)
        throws SQLException {
        if (settings.wakeupTriggerCreate()) {
            String missing = new WakeupTriggers(settings.wakeupChannel()).missingPrivilege(connection, table);
            if (missing != null) {
                error(WAKEUP_TRIGGER_CREATE, missing);
            }
        }
    }

    private static String tableKey(SourceSettings settings) {
        return settings.whitelist().isEmpty() && !settings.blacklist().isEmpty() ? TABLE_BLACKLIST : TABLE_WHITELIST;
    }

    private boolean error(String key, String message) {
        values.get(key).addErrorMessage(message);
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
