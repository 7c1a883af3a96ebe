package io.ferry.connect.source;

import static io.ferry.connect.config.SourceConfig.INCREMENTING_COLUMN;
import static io.ferry.connect.config.SourceConfig.INCREMENTING_COLUMN_MAPPING;
import static io.ferry.connect.config.SourceConfig.QUERY_SUFFIX;
import static io.ferry.connect.config.SourceConfig.TIMESTAMP_COLUMN;
import static io.ferry.connect.config.SourceConfig.TIMESTAMP_COLUMNS_MAPPING;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.postgres.QueryColumns;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.source.query.BulkQuery;
import io.ferry.connect.source.query.IncrementingQuery;
import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.source.query.SelectStatement;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.query.TimestampQuery;
import io.ferry.connect.sql.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validate call's checks of how a table (or the custom query) will be read: its offset columns
 * are found and fit, and PostgreSQL accepts the statement the task reads with (the query wrapped as
 * a subquery, the criteria, {@code query.suffix}), prepared but not run. Problems go to the key to fix.
 */
final class ReadChecks {
    private static final Logger log = LoggerFactory.getLogger(ReadChecks.class);

    private final SourceSettings settings;
    private final ConfiguredColumns configured;
    private final Identifiers identifiers;
    private final BiConsumer<String, String> error;

    ReadChecks(SourceSettings settings, BiConsumer<String, String> error) {
        this.settings = settings;
        this.configured = new ConfiguredColumns(settings);
        this.identifiers = new Identifiers(settings.identifierQuoting());
        this.error = error;
    }

    /** The custom query: PostgreSQL can prepare it as a subquery, and its columns serve the mode. */
    void query(Connection connection) {
        String key = settings.query().key();
        SourceTable table;
        try {
            String text = settings.query().text();
            table = SourceTable.of(RowSource.query(text), QueryColumns.of(connection, text), settings.types());
        } catch (SQLException e) {
            error.accept(key, "PostgreSQL cannot prepare the query as the source reads it, SELECT ... FROM "
                + "(<query>) AS ferry_query: " + databaseMessage(e) + ". It must be one SELECT (WITH ... SELECT, "
                + "VALUES and TABLE do too), with no other statement after it");
            return;
        }
        if (table.mappedColumnNames().isEmpty()) {
            error.accept(key, table.unmappedDescription() + ", and no other column");
            return;
        }
        if (!table.unmappedColumns().isEmpty()) {
            log.warn("{}; they are left out of the records", table.unmappedDescription());
        }
        if (offsetColumns(table)) {
            statement(connection, table, key);
        }
    }

    /** True when the offset columns the mode needs are found and fit. */
    boolean offsetColumns(SourceTable table) {
        boolean ok = true;
        if (settings.mode().usesIncrementingColumn()) {
            IncrementingColumn column = configured.incrementing(table);
            if (!column.found()) {
                ok = false;
                error.accept(settings.incrementingMapping().isEmpty() ? INCREMENTING_COLUMN : INCREMENTING_COLUMN_MAPPING,
                    column.problem());
            }
        }
        if (settings.mode().usesTimestamps()) {
            TimestampColumns columns = configured.timestamps(table);
            if (!columns.found()) {
                ok = false;
                error.accept(settings.timestamps().columnsMapping().isEmpty() ? TIMESTAMP_COLUMN
                    : TIMESTAMP_COLUMNS_MAPPING, columns.problem());
            }
        }
        return ok;
    }

    /** PostgreSQL prepares the statement of a later page, the one with every clause; {@code key} is told why not. */
    void statement(Connection connection, SourceTable table, String key) {
        String sql = laterPage(table).sql();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.getMetaData();
        } catch (SQLException e) {
            error.accept(key, "PostgreSQL refuses the statement " + table + " is read with"
                + (settings.query().suffix().isEmpty() ? "" : " (" + QUERY_SUFFIX + " is appended to it)") + ": "
                + databaseMessage(e) + (settings.query().masked() ? "" : ". The statement: " + sql));
        }
    }

    /** What PostgreSQL said; of a masked query only the SQLState, as its message may quote the query. */
    private String databaseMessage(SQLException e) {
        String state = "SQLState " + SqlStateClassifier.sqlStateOf(e);
        return settings.query().masked() ? state + " (the database's message is not shown: the query is masked)"
            : e.getMessage() + " (" + state + ")";
    }

    private SelectStatement laterPage(SourceTable table) {
        String suffix = settings.query().suffix();
        switch (settings.mode()) {
            case BULK:
                return BulkQuery.of(identifiers, table.source(), table.selectedColumns(), suffix);
            case INCREMENTING:
                return new IncrementingQuery(identifiers, table.source(), table.selectedColumns(),
                    configured.incrementing(table).name(), suffix).nextPage();
            default:
                String incrementing = settings.mode().usesIncrementingColumn() ? configured.incrementing(table).name()
                    : null;
                return new TimestampQuery(identifiers, table.source(), table.selectedColumns(),
                    configured.timestamps(table).names(), incrementing, suffix).nextPage();
        }
    }
}
