package io.ferry.connect.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One database of a test server, with small helpers for setting up and reading back tables. */
public final class ScratchDatabase {
    private final String url;
    private final String user;
    private final String password;

    ScratchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The connection keys a connector needs to reach this database. */
    public Map<String, String> connectionConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("connection.url", url);
        config.put("connection.user", user);
        config.put("connection.password", password);
        return config;
    }

    public void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + String.join("; ", statements), e);
        }
    }

    /** Every row of a query, each as a list of column values in order (JDBC objects). */
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
            throw new IllegalStateException("Query failed: " + query, e);
        }
    }

    public long count(String table) {
        return ((Number) rows("SELECT count(*) FROM " + table).get(0).get(0)).longValue();
    }

    /**
     * Waits until a session of this database waits for a lock (e.g. the sink's writer behind a
     * table a test has locked), so a test knows the write is in progress.
     */
    public void awaitSessionWaitingForLock() {
        String waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            + "AND wait_event_type = 'Lock'";
        long deadline = System.currentTimeMillis() + 15_000;
        while (((Number) rows(waiting).get(0).get(0)).longValue() == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No session waits for a lock after 15 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The seed's iris_data table, as the seed's table creator makes it. */
    public void createIrisTable() {
        execute("CREATE TABLE iris_data (id SERIAL PRIMARY KEY, timestamp timestamp, "
            + "sepal_length float8, sepal_width float8, petal_length float8, petal_width float8, target int)");
    }

}
