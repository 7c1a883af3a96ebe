package io.ferry.bench;

import io.ferry.testing.Database;
import io.ferry.testing.IrisMeasures;
import io.ferry.testing.IrisTable;
import java.util.ArrayList;
import java.util.List;

/**
 * W2ts's source table: the seed's iris_data plus {@code updated_at timestamp NOT NULL DEFAULT now()}
 * and an index on (updated_at, id), as a table read in timestamp+incrementing mode would have.
 */
final class TimestampedIrisTable {
    static final String COLUMN = "updated_at";
    /** Rows per INSERT of the fill, each INSERT its own transaction. */
    static final int STATEMENT_ROWS = 1000;
    private static final String ADD_COLUMN = "ALTER TABLE iris_data ADD COLUMN " + COLUMN + " timestamp NOT NULL DEFAULT now()";
    private static final String INDEX = "CREATE INDEX iris_data_updated_at ON iris_data (" + COLUMN + ", id)";
    /** Values of the inserted columns but updated_at, over g of generate_series: W2's rows. */
    private static final String ROW = "timestamp '2026-01-01' + g * interval '1 second', "
        + IrisMeasures.sqlRandomMeasures() + ", " + IrisMeasures.sqlRandomTarget();

    private TimestampedIrisTable() {
    }

    /** Replaces iris_data with an empty table of W2ts's shape, its id sequence at 1. */
    static void createIn(Database database) {
        IrisTable.recreateIn(database);
        database.execute(ADD_COLUMN, INDEX);
    }

    /**
     * Inserts {@code rows} rows in INSERTs of {@link #STATEMENT_ROWS}, each its own transaction:
     * every other INSERT leaves updated_at to its default {@code now()}, so its rows share one
     * timestamp, as a bulk INSERT gives them; the others set {@code clock_timestamp()}, a distinct,
     * increasing value per row. Timestamps and ids rise together, as the rows load.
     */
    static void fill(Database database, int rows) {
        List<String> statements = new ArrayList<>();
        for (int first = 1; first <= rows; first += STATEMENT_ROWS) {
            int last = Math.min(rows, first + STATEMENT_ROWS - 1);
            boolean bulk = statements.size() % 2 == 0;
            statements.add("INSERT INTO iris_data (" + IrisTable.INSERT_COLUMNS + (bulk ? "" : ", " + COLUMN) + ") SELECT "
                + ROW + (bulk ? "" : ", clock_timestamp()") + " FROM generate_series(" + first + ", " + last + ") g");
        }
        statements.add("VACUUM ANALYZE iris_data");
        database.execute(statements.toArray(String[]::new));
    }
}
