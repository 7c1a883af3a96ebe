package io.ferry.testing;

/**
 * The seed's {@code iris_data} table, as its data generator and its target table creator make
 * it: a serial id, the time of the measurement, four measures and the class.
 */
public final class IrisTable {
    private static final String MEASURES = "timestamp timestamp, sepal_length float8, sepal_width float8, "
        + "petal_length float8, petal_width float8, target int";
    public static final String DDL = ddl("iris_data");
    /** The columns an inserted row names, in this order; the id comes from the table's sequence. */
    public static final String INSERT_COLUMNS = "timestamp, sepal_length, sepal_width, petal_length, petal_width, target";

    private IrisTable() {
    }

    /** The DDL of the seed's table under the name {@code table} (a plain, lower-case name). */
    public static String ddl(String table) {
        return "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, " + MEASURES + ")";
    }

    /**
     * The same columns without a key or a default id: the target of a sink that inserts each
     * record it receives, so that a record written twice shows as two rows.
     */
    public static String keylessDdl(String table) {
        return "CREATE TABLE " + table + " (id int, " + MEASURES + ")";
    }

    public static void createIn(Database database) {
        database.execute(DDL);
    }

    /** Drops and re-creates the table, empty, its id sequence back at 1. */
    public static void recreateIn(Database database) {
        database.execute("DROP TABLE IF EXISTS iris_data", DDL);
    }
}
