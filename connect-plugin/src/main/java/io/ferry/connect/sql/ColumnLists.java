package io.ferry.connect.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The column-list pieces the DML builders share, each name quoted by {@link Identifiers}. */
final class ColumnLists {
    private final Identifiers identifiers;

    ColumnLists(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    /** {@code "a","b"} */
    String names(List<String> columns) {
        return join(columns, identifiers::quote, ",");
    }

    /** {@code ?,?} */
    String markers(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** {@code "a" = ?<separator>"b" = ?} */
    String assignments(List<String> columns, String separator) {
        return join(columns, c -> identifiers.quote(c) + " = ?", separator);
    }

    String join(List<String> columns, Function<String, String> piece, String separator) {
        return columns.stream().map(piece).collect(Collectors.joining(separator));
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static void requireColumns(List<?> columns, String what) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
    }
}
