package io.ferry.connect.source;

import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.postgres.types.NumericType;
import io.ferry.connect.source.query.SourceTable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a table's incrementing column: the configured one, or else the table's only
 * auto-increment (serial or identity) column, and checks it can carry an offset: an integer, or a
 * numeric(p,0), whose values are read as longs (a value beyond a long fails the read, as in
 * Confluent's connector).
 */
public final class IncrementingColumn {
    private static final List<String> INTEGER_TYPES = Arrays.asList("int2", "int4", "int8");

    private final String name;
    private final String problem;

    private IncrementingColumn(String name, String problem) {
        this.name = name;
        this.problem = problem;
    }

    public static IncrementingColumn resolve(SourceTable table, String configured, boolean validateNonNull) {
        CatalogColumn column;
        if (configured.isEmpty() && table.source().isQuery()) {
            return problem("The incrementing column of a custom query cannot be detected: set "
                + SourceConfig.INCREMENTING_COLUMN);
        }
        if (configured.isEmpty()) {
            List<CatalogColumn> candidates = table.columns().stream()
                .filter(CatalogColumn::autoIncrement).collect(Collectors.toList());
            if (candidates.size() != 1) {
                return problem(table.title() + " has " + (candidates.isEmpty() ? "no" : candidates.size())
                    + " auto-increment (serial or identity) columns" + names(candidates)
                    + ", so its incrementing column cannot be detected: set " + SourceConfig.INCREMENTING_COLUMN);
            }
            column = candidates.get(0);
        } else {
            column = table.columns().stream().filter(c -> c.name().equals(configured)).findFirst().orElse(null);
            if (column == null) {
                return problem(table.title() + " has no column '" + configured + "' (names are case-sensitive)");
            }
        }
        if (!INTEGER_TYPES.contains(column.typeName()) && !wholeNumeric(column)) {
            return problem("Column " + column.name() + " of " + table + " has type " + column.typeName()
                + "; an incrementing column must be smallint, integer, bigint or numeric(p,0)");
        }
        if (validateNonNull && !column.notNull()) {
            return problem("Column " + column.name() + " of " + table + " is nullable; an incrementing "
                + "column must be NOT NULL (or set " + SourceConfig.VALIDATE_NON_NULL + "=false)");
        }
        return new IncrementingColumn(column.name(), null);
    }

    private static boolean wholeNumeric(CatalogColumn column) {
        if (!column.typeName().equals("numeric")) {
            return false;
        }
        NumericType numeric = NumericType.of(column.typeModifier());
        return numeric.constrained() && numeric.scale() == 0;
    }

    private static String names(List<CatalogColumn> columns) {
        return columns.isEmpty() ? "" : " (" + columns.stream().map(CatalogColumn::name)
            .collect(Collectors.joining(", ")) + ")";
    }

    /** No column, for a reason found before looking at the table's columns. */
    static IncrementingColumn problem(String message) {
        return new IncrementingColumn(null, message);
    }

    public boolean found() {
        return problem == null;
    }

    public String name() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return name;
    }

    /** Why no usable column was found; {@code null} when one was. */
    public String problem() {
        return problem;
    }
}
