package io.ferry.connect.source.query;

import io.ferry.connect.sql.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/** The quoted, comma-separated column list of a SELECT, in table order. */
final class ColumnList {
    private ColumnList() {
    }

    static String of(Identifiers identifiers, List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A query needs at least one column");
        }
        return columns.stream().map(identifiers::quote).collect(Collectors.joining(", "));
    }
}
