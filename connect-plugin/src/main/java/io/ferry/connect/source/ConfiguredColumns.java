package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.config.TableRegexMapping;
import io.ferry.connect.source.query.SourceTable;

/**
 * The offset columns the configuration names for a table: from {@code incrementing.column.mapping}
 * and {@code timestamp.columns.mapping} when set, else from {@code incrementing.column.name} and
 * {@code timestamp.column.name}; found and checked among the table's (or the query's) columns.
 */
final class ConfiguredColumns {
    private final SourceSettings settings;

    ConfiguredColumns(SourceSettings settings) {
        this.settings = settings;
    }

    IncrementingColumn incrementing(SourceTable table) {
        TableRegexMapping mapping = settings.incrementingMapping();
        if (mapping.isEmpty() || table.source().isQuery()) {
            return IncrementingColumn.resolve(table, settings.incrementingColumn(), validateNonNull(table));
        }
        String problem = mapping.problem(table.id());
        return problem != null ? IncrementingColumn.problem(problem)
            : IncrementingColumn.resolve(table, mapping.columnsFor(table.id()).get(0), validateNonNull(table));
    }

    TimestampColumns timestamps(SourceTable table) {
        TableRegexMapping mapping = settings.timestamps().columnsMapping();
        if (mapping.isEmpty() || table.source().isQuery()) {
            return TimestampColumns.resolve(table, settings.timestamps().columns(), validateNonNull(table));
        }
        String problem = mapping.problem(table.id());
        return problem != null ? TimestampColumns.problem(problem)
            : TimestampColumns.resolve(table, mapping.columnsFor(table.id()), validateNonNull(table));
    }

    /** Confluent's connector checks tables only: a query's columns often cannot say whether they hold nulls. */
    private boolean validateNonNull(SourceTable table) {
        return settings.validateNonNull() && !table.source().isQuery();
    }
}
