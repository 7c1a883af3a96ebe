package io.ferry.connect.source.query;

import io.ferry.connect.postgres.types.TimestampInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The columns a timestamp mode's offset comes from, found among the columns a reader selects: a
 * row's timestamp is the first of the timestamp columns that is not null, read exactly (records may
 * carry it in milliseconds), and in timestamp+incrementing mode its incrementing value.
 */
public final class OffsetColumns {
    private final int[] timestampIndexes;
    private final boolean withTimeZone;
    private final int incrementingIndex;
    private final TimestampInstants instants;

    /** @param incrementingColumn {@code null} in timestamp mode */
    public OffsetColumns(SourceTable table, List<String> timestampColumns, boolean withTimeZone, String incrementingColumn,
                  TimestampInstants instants) {
        List<String> selected = table.mappedColumnNames();
        this.timestampIndexes = timestampColumns.stream().mapToInt(c -> index(table, selected, c)).toArray();
        this.withTimeZone = withTimeZone;
        this.incrementingIndex = incrementingColumn == null ? 0 : index(table, selected, incrementingColumn);
        this.instants = instants;
    }

    private static int index(SourceTable table, List<String> selected, String column) {
        int index = selected.indexOf(column) + 1;
        if (index == 0) {
            throw new IllegalArgumentException("No column " + column + " in " + table);
        }
        return index;
    }

    boolean hasIncrementing() {
        return incrementingIndex > 0;
    }

    /** Where the current row of a result set of the selected columns stands. */
    TimestampPosition positionOf(ResultSet rs) throws SQLException {
        Instant timestamp = null;
        for (int i = 0; i < timestampIndexes.length && timestamp == null; i++) {
            timestamp = instants.read(rs, timestampIndexes[i], withTimeZone);
        }
        if (timestamp == null) {
            throw new SQLException("A row's timestamp columns are all null, yet it was selected by its timestamp");
        }
        return new TimestampPosition(timestamp, hasIncrementing() ? rs.getLong(incrementingIndex) : null);
    }

    /** The object to bind so that an instant compares exactly with the rows' timestamps. */
    Object bindable(Instant instant) {
        return instants.bindable(instant, withTimeZone);
    }
}
