package io.ferry.connect.source.query;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectBuilder;
import io.ferry.connect.sql.SelectedColumn;
import io.ferry.connect.sql.TableId;
import java.util.List;

/** Builds bulk mode's query: the whole table, read through a cursor. */
public final class BulkQuery {
    private BulkQuery() {
    }

    public static SelectStatement of(Identifiers identifiers, TableId table, List<SelectedColumn> columns) {
        return new SelectStatement(new SelectBuilder(identifiers).build(table, columns));
    }
}
