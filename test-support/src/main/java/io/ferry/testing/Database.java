package io.ferry.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One PostgreSQL database and the login that reaches it, with small helpers to set up and read back tables. */
public final class Database {
    private static final String SESSIONS_WAITING_FOR_A_LOCK = "SELECT count(*) FROM pg_stat_activity "
        + "WHERE datname = current_database() AND wait_event_type = 'Lock'";

    private final String host;
    private final int port;
    private final String name;
    private final String user;
    private final String password;

    private Database(String host, int port, String name, String user, String password) {
        this.host = host;
        this.port = port;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    public static Database at(String host, int port, String name, String user, String password) {
        return new Database(host, port, name, user, password);
    }

    public String host() {
        return host;
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
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** The connection keys a connector needs to reach this database. */
    public Map<String, String> connectionConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("connection.url", url());
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
        return single("SELECT count(*) FROM " + table);
    }

    /**
     * Waits until a session of this database waits for a lock (e.g. the sink's writer behind a
     * table a test has locked), so a test knows the write is in progress.
     */
    public void awaitSessionWaitingForLock() {
        Eventually.within(Duration.ofSeconds(15), () -> single(SESSIONS_WAITING_FOR_A_LOCK) > 0,
            () -> "No session of " + this + " waits for a lock");
    }

    private long single(String query) {
        return ((Number) rows(query).get(0).get(0)).longValue();
    }

    @Override
    public String toString() {
        return name + " on " + host + ":" + port;
    }
}
