package io.ferry.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One PostgreSQL database and the login a connector uses for it. */
public final class Database {
    /** The seed's table, as its data generator and its target table creator make it. */
    public static final String IRIS_TABLE_DDL = "CREATE TABLE iris_data (id SERIAL PRIMARY KEY, "
        + "timestamp timestamp, sepal_length float8, sepal_width float8, petal_length float8, "
        + "petal_width float8, target int)";

    private final int port;
    private final String name;
    private final String user;
    private final String password;

    Database(int port, String name, String user, String password) {
        this.port = port;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    public String host() {
        return LocalPorts.HOST;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String url() {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    public void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + name + ": " + String.join("; ", statements), e);
        }
    }

    /** Every row of a query, each as its column values in order (JDBC objects). */
    public List<List<Object>> rows(String query) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed on " + name + ": " + query, e);
        }
    }

    public long count(String table) {
        return ((Number) rows("SELECT count(*) FROM " + table).get(0).get(0)).longValue();
    }

    /** Drops and re-creates the seed's iris_data table, empty, its id sequence back at 1. */
    public void recreateIrisTable() {
        execute("DROP TABLE IF EXISTS iris_data", IRIS_TABLE_DDL);
    }

    @Override
    public String toString() {
        return name + " on " + host() + ":" + port;
    }
}
