package io.ferry.connect.source.query;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectedColumn;
import java.util.List;

/** Builds bulk mode's query: the whole table (or the query's rows), read through a cursor. */
public final class BulkQuery {
    private BulkQuery() {
    }

    public static SelectStatement of(Identifiers identifiers, RowSource source, List<SelectedColumn> columns,
                                     String suffix) {
        return new SelectStatement(source.select(identifiers, columns)).suffixed(suffix);
    }
}
