package io.ferry.connect.source;

import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.postgres.types.TimestampInstants;
import io.ferry.connect.source.query.SourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the timestamp columns of a table (or of the query's rows) for the timestamp modes, by the
 * names configured, and checks they can carry an offset: timestamp or timestamptz, all of one of
 * the two, and with {@code validate.non.null} at least one NOT NULL, as Confluent's connector checks.
 */
public final class TimestampColumns {
    private final List<String> names;
    private final boolean withTimeZone;
    private final String problem;

    private TimestampColumns(List<String> names, boolean withTimeZone, String problem) {
        this.names = names;
        this.withTimeZone = withTimeZone;
        this.problem = problem;
    }

    public static TimestampColumns resolve(SourceTable table, List<String> configured, boolean validateNonNull) {
        if (configured.isEmpty()) {
            return problem("No timestamp column is named for " + table + ": set " + SourceConfig.TIMESTAMP_COLUMN
                + " (or " + SourceConfig.TIMESTAMP_COLUMNS_MAPPING + ")");
        }
        List<CatalogColumn> columns = new ArrayList<>();
        for (String name : configured) {
            Optional<CatalogColumn> column = find(table, name);
            if (!column.isPresent()) {
                return problem(table.title() + " has no column '" + name + "' for the timestamp modes");
            }
            columns.add(column.get());
        }
        for (CatalogColumn column : columns) {
            if (!TimestampInstants.isTimestamp(column.typeName())) {
                return problem("Column " + column.name() + " of " + table + " has type " + column.typeName()
                    + "; a timestamp column must be timestamp or timestamptz");
            }
        }
        long withZone = columns.stream().filter(c -> TimestampInstants.isWithTimeZone(c.typeName())).count();
        if (withZone != 0 && withZone != columns.size()) {
            return problem("The timestamp columns " + configured + " of " + table + " mix timestamp and timestamptz; "
                + "name columns of one of the two types");
        }
        if (validateNonNull && columns.stream().noneMatch(CatalogColumn::notNull)) {
            return problem("The timestamp columns " + configured + " of " + table + " are all nullable; at least one "
                + "must be NOT NULL (or set " + SourceConfig.VALIDATE_NON_NULL + "=false: rows whose timestamp "
                + "columns are all null are then never read)");
        }
        return new TimestampColumns(columns.stream().map(CatalogColumn::name).collect(Collectors.toList()),
            withZone > 0, null);
    }

    /** The column of this name; else the one column whose name differs from it only in case. */
    private static Optional<CatalogColumn> find(SourceTable table, String name) {
        Optional<CatalogColumn> exact = table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<CatalogColumn> folded = table.columns().stream()
            .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
            .collect(Collectors.toList());
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /** No columns, for a reason found before looking at the table's columns. */
    static TimestampColumns problem(String message) {
        return new TimestampColumns(null, false, message);
    }

    public boolean found() {
        return problem == null;
    }

    /** The columns' names as the table has them, in the configured order. */
    public List<String> names() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return names;
    }

    /** True for timestamptz columns, false for timestamp columns. */
    public boolean withTimeZone() {
        return withTimeZone;
    }

    /** Why no usable columns were found; {@code null} when they were. */
    public String problem() {
        return problem;
    }
}
