package io.ferry.connect.source.query;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectedColumn;
import java.util.List;

/**
 * Builds the keyset-page queries of incrementing mode: the rows after the last value read,
 * in ascending order of the incrementing column, at most a page of them.
 */
public final class IncrementingQuery {
    private final String select;
    private final String column;
    private final String suffix;

    public IncrementingQuery(Identifiers identifiers, RowSource source, List<SelectedColumn> columns,
                             String incrementingColumn, String suffix) {
        this.select = source.select(identifiers, columns);
        this.column = identifiers.quote(incrementingColumn);
        this.suffix = suffix;
    }

    /** The first page, when nothing was read yet: from the smallest value on. */
    public SelectStatement firstPage() {
        return new SelectStatement(select + " ORDER BY " + column + " ASC LIMIT ?",
            SelectStatement.Parameter.ROW_LIMIT).suffixed(suffix);
    }

    /** The page after the last value read. */
    public SelectStatement nextPage() {
        return new SelectStatement(select + " WHERE " + column + " > ? ORDER BY " + column + " ASC LIMIT ?",
            SelectStatement.Parameter.LAST_INCREMENTING_VALUE, SelectStatement.Parameter.ROW_LIMIT).suffixed(suffix);
    }
}
