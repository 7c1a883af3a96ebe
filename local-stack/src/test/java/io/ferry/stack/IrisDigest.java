package io.ferry.stack;

import io.ferry.testing.Database;
import java.util.List;

/**
 * The row count and a content digest of an iris_data table (or a table or view of its columns),
 * computed by PostgreSQL: equal digests mean equal rows (timestamps cut to the millisecond
 * Connect keeps, as in {@link IrisRows}).
 */
record IrisDigest(long rows, String digest) {
    private static final String QUERY = "SELECT count(*), coalesce(sum(hashtextextended(concat_ws('|', id, "
        + "date_trunc('milliseconds', timestamp), sepal_length, sepal_width, petal_length, petal_width, target), 0)"
        + "::numeric), 0)::text FROM ";

    static IrisDigest of(Database database) {
        return of(database, "iris_data");
    }

    static IrisDigest of(Database database, String table) {
        List<Object> row = database.rows(QUERY + table).get(0);
        return new IrisDigest(((Number) row.get(0)).longValue(), (String) row.get(1));
    }
}
