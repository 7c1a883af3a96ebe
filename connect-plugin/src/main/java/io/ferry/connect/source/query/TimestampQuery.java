package io.ferry.connect.source.query;

import static io.ferry.connect.source.query.SelectStatement.Parameter.READ_BELOW;
import static io.ferry.connect.source.query.SelectStatement.Parameter.GROUP_TIMESTAMP;
import static io.ferry.connect.source.query.SelectStatement.Parameter.LAST_INCREMENTING_VALUE;
import static io.ferry.connect.source.query.SelectStatement.Parameter.LAST_TIMESTAMP;
import static io.ferry.connect.source.query.SelectStatement.Parameter.ROW_LIMIT;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectedColumn;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the page queries of the timestamp modes. A row's timestamp is the first non-null of the
 * timestamp columns (one column: itself; more: their {@code COALESCE}, as in Confluent's
 * connector). Rows are read below the database's time less the delay, after the last one read, in keyset pages:
 * on (timestamp, incrementing column) in timestamp+incrementing mode, on the timestamp alone in
 * timestamp mode, where the rows of one timestamp that fill a whole page are then read all
 * together through a cursor ({@link #group()}).
 */
public final class TimestampQuery {
    private final String select;
    private final String timestamp;
    private final String incrementing;
    private final String suffix;

    /** @param incrementingColumn {@code null} in timestamp mode */
    public TimestampQuery(Identifiers identifiers, RowSource source, List<SelectedColumn> columns,
                          List<String> timestampColumns, String incrementingColumn, String suffix) {
        this.select = source.select(identifiers, columns);
        this.timestamp = timestampColumns.size() == 1 ? identifiers.quote(timestampColumns.get(0))
            : timestampColumns.stream().map(identifiers::quote).collect(Collectors.joining(", ", "COALESCE(", ")"));
        this.incrementing = incrementingColumn == null ? null : identifiers.quote(incrementingColumn);
        this.suffix = suffix;
    }

    /** The first page, when nothing was read yet: from the oldest row on. */
    public SelectStatement firstPage() {
        return new SelectStatement(select + " WHERE " + timestamp + " < ?" + orderAndLimit(), READ_BELOW, ROW_LIMIT)
            .suffixed(suffix);
    }

    /** The page after the last row read. */
    public SelectStatement nextPage() {
        if (incrementing == null) {
            return new SelectStatement(select + " WHERE " + timestamp + " > ? AND " + timestamp + " < ?"
                + orderAndLimit(), LAST_TIMESTAMP, READ_BELOW, ROW_LIMIT).suffixed(suffix);
        }
        return new SelectStatement(select + " WHERE (" + timestamp + ", " + incrementing + ") > (?, ?) AND "
            + timestamp + " < ?" + orderAndLimit(), LAST_TIMESTAMP, LAST_INCREMENTING_VALUE, READ_BELOW, ROW_LIMIT)
            .suffixed(suffix);
    }

    /** Timestamp mode: every row of one timestamp, through a cursor. */
    public SelectStatement group() {
        return new SelectStatement(select + " WHERE " + timestamp + " = ?", GROUP_TIMESTAMP).suffixed(suffix);
    }

    private String orderAndLimit() {
        return " ORDER BY " + timestamp + " ASC" + (incrementing == null ? "" : ", " + incrementing + " ASC")
            + " LIMIT ?";
    }
}
