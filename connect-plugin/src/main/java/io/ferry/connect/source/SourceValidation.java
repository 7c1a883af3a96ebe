package io.ferry.connect.source;

import static io.ferry.connect.config.SourceConfig.INCREMENTING_COLUMN;
import static io.ferry.connect.config.SourceConfig.MODE;
import static io.ferry.connect.config.SourceConfig.QUERY;
import static io.ferry.connect.config.SourceConfig.QUERY_MASKED;
import static io.ferry.connect.config.SourceConfig.QUERY_SUFFIX;
import static io.ferry.connect.config.SourceConfig.RECORD_KEY_MODE;
import static io.ferry.connect.config.SourceConfig.TABLE_BLACKLIST;
import static io.ferry.connect.config.SourceConfig.TABLE_WHITELIST;
import static io.ferry.connect.config.SourceConfig.TIMESTAMP_COLUMN;
import static io.ferry.connect.config.SourceConfig.WAKEUP_CHANNEL;
import static io.ferry.connect.config.SourceConfig.WAKEUP_TRIGGER_CREATE;
import static io.ferry.connect.config.TableSelectionKeys.CATALOG_PATTERN;
import static io.ferry.connect.config.TableSelectionKeys.TABLE_INCLUDE_LIST;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source connector's cross-key checks, reported on the key to fix: first those needing
 * no database, then, when the connection keys are valid, those against the database itself
 * (login, whitelisted tables exist, no two tables share a topic, the offset columns are found, the
 * custom query and query.suffix are accepted: {@link ReadChecks}). A column Ferry cannot map is
 * named in the log only: tasks leave it out, as Confluent's do.
 */
final class SourceValidation {
    private static final Logger log = LoggerFactory.getLogger(SourceValidation.class);

    private final Map<String, ConfigValue> values = new LinkedHashMap<>();

    SourceValidation(List<ConfigValue> values) {
        values.forEach(value -> this.values.put(value.name(), value));
    }

    /** The values checked, with a value (and its errors) added for each problem on a key the ConfigDef lacks. */
    List<ConfigValue> configValues() {
        return new ArrayList<>(values.values());
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
        for (Map.Entry<String, String> problem : TableSelectionRules.problems(props).entrySet()) {
            ok = error(problem.getKey(), problem.getValue());
        }
        if (settings.mode() == null) {
            ok = error(MODE, "Set mode to one of: " + String.join(", ", SourceMode.configValues()));
        }
        boolean modeKeys = checkModeKeys(settings, props);
        boolean queryKeys = checkQueryKeys(settings, props);
        return checkWakeup(settings) && modeKeys && queryKeys && ok;
    }

    /** The offset columns each mode needs, named one way: by name or by per-table mapping. */
    private boolean checkModeKeys(SourceSettings settings, Map<String, String> props) {
        // naming a column both ways is TableSelectionRules' to refuse, with the table lists
        boolean ok = true;
        boolean timestampsNamed = !settings.timestamps().columns().isEmpty()
            || !settings.timestamps().columnsMapping().isEmpty();
        if (settings.mode() != null && settings.mode().usesTimestamps() && !timestampsNamed) {
            ok = error(TIMESTAMP_COLUMN, "Mode " + settings.mode().configValue() + " reads rows by their timestamp: "
                + "name the timestamp column(s) in timestamp.column.name (or timestamp.columns.mapping)");
        }
        return ok;
    }

    /** A custom query replaces the tables: one query, no table lists, and the keys that apply to it. */
    private boolean checkQueryKeys(SourceSettings settings, Map<String, String> props) {
        boolean ok = true;
        if (!blank(props.get(QUERY)) && !blank(props.get(QUERY_MASKED))) {
            ok = error(QUERY, "Set query or query.masked, not both");
            error(QUERY_MASKED, "Set query or query.masked, not both");
        }
        if (settings.query().isSet() && settings.recordKeyMode() == RecordKeyMode.PRIMARY_KEY) {
            ok = error(RECORD_KEY_MODE, "A custom query has no primary key to key records with: set "
                + RECORD_KEY_MODE + "=none, or read tables instead of a query");
        }
        if (!settings.query().isSet()) {
            return ok;
        }
        String key = settings.query().key();
        if (!settings.whitelist().isEmpty() || !settings.blacklist().isEmpty()) {
            ok = error(key, "A custom query replaces the tables: leave table.whitelist and table.blacklist empty");
        }
        if (!settings.timestamps().columnsMapping().isEmpty() || !settings.incrementingMapping().isEmpty()) {
            ok = error(key, "The column mappings name columns per table, and a custom query has no table: name "
                + "the columns in timestamp.column.name and incrementing.column.name");
        }
        boolean incrementing = settings.mode() != null && settings.mode().usesIncrementingColumn();
        if (incrementing && settings.incrementingColumn().isEmpty()) {
            ok = error(INCREMENTING_COLUMN, "The incrementing column of a custom query cannot be detected: name it");
        }
        if (settings.wakeupTriggerCreate()) {
            ok = error(WAKEUP_TRIGGER_CREATE, "A custom query has no table to install the wake-up trigger on: "
                + "leave wakeup.trigger.create false (NOTIFY wakeup.channel from your own triggers)");
        }
        return ok;
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
            if (settings.query().isSet()) {
                new ReadChecks(settings, this::error).query(connection);
            } else {
                checkTables(settings, connection);
            }
        } catch (DatabaseLogin.Failure e) {
            LoginProblem problem = LoginProblem.of(e);
            error(problem.key(), problem.message());
        } catch (SQLException e) {
            error(tableKey(settings),
                "Cannot read the database's tables: " + e.getMessage());
        }
    }

    private void checkTables(SourceSettings settings, Connection connection) throws SQLException {
        String database = connection.getCatalog();
        if (settings.catalogPattern() != null && !settings.catalogPattern().equals(database)) {
            error(CATALOG_PATTERN, "Selects no table: a PostgreSQL connection sees only its own database, '"
                + database + "' (from connection.url). Leave catalog.pattern unset, or set it to " + database);
            return;
        }
        TableFilter filter = TableFilter.of(settings);
        List<TableId> found = SourceTables.list(connection, settings.catalogPattern(), settings.schemaPattern(),
            settings.tableTypes());
        List<TableId> missing = filter.missing(found);
        if (!missing.isEmpty()) {
            error(TABLE_WHITELIST, "Tables not found: " + missing + " (looked in schemas matching "
                + (settings.schemaPattern() == null ? "any" : settings.schemaPattern())
                + " for types " + settings.tableTypes() + "; names are case-sensitive)");
        }
        List<TableId> selected = filter.select(found);
        String sameNames = SameNamedTables.problem(selected, settings.topicPrefix());
        if (sameNames != null) {
            error(tableKey(settings), sameNames);
        }
        PostgresTypes types = settings.types();
        ReadChecks reads = new ReadChecks(settings, this::error);
        boolean statementChecked = settings.query().suffix().isEmpty();
        for (TableId id : selected) {
            SourceTable table = SourceTable.of(id, CatalogColumns.of(connection, id), types);
            if (!table.unmappedColumns().isEmpty()) {
                // not refused: a task leaves these columns out, as Confluent's connector does
                log.warn("{}. Tasks leave these columns out of the table's records.", table.unmappedDescription());
            }
            checkRecordKey(settings, connection, table);
            checkWakeupTrigger(settings, connection, id);
            if (reads.offsetColumns(table) && !statementChecked && !table.mappedColumnNames().isEmpty()) {
                reads.statement(connection, table, QUERY_SUFFIX); // with the suffix: once is enough
                statementChecked = true;
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

    /** The key that chose the tables, to show a problem of a table on. */
    private static String tableKey(SourceSettings settings) {
        if (settings.whitelist().isEmpty() && !settings.blacklist().isEmpty()) {
            return TABLE_BLACKLIST;
        }
        if (settings.whitelist().isEmpty() && !settings.includeList().isEmpty()) {
            return TABLE_INCLUDE_LIST;
        }
        return TABLE_WHITELIST;
    }

    private boolean error(String key, String message) {
        values.computeIfAbsent(key, ConfigValue::new).addErrorMessage(message);
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
