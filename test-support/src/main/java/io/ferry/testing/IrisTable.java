package io.ferry.testing;

/**
 * The seed's {@code iris_data} table, as its data generator and its target table creator make
 * it: a serial id, the time of the measurement, four measures and the class.
 */
public final class IrisTable {
    public static final String DDL = "CREATE TABLE iris_data (id SERIAL PRIMARY KEY, timestamp timestamp, "
        + "sepal_length float8, sepal_width float8, petal_length float8, petal_width float8, target int)";
    /** The columns an inserted row names, in this order; the id comes from the table's sequence. */
    public static final String INSERT_COLUMNS = "timestamp, sepal_length, sepal_width, petal_length, petal_width, target";

    private IrisTable() {
    }

    public static void createIn(Database database) {
        database.execute(DDL);
    }

    /** Drops and re-creates the table, empty, its id sequence back at 1. */
    public static void recreateIn(Database database) {
        database.execute("DROP TABLE IF EXISTS iris_data", DDL);
    }
}
