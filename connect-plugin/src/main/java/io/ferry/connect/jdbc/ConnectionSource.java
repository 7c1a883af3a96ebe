package io.ferry.connect.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ferry.connect.logging.LogContextThreads;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool of PostgreSQL connections for one task. Getting a connection is tried
 * {@code connection.attempts} times, each waiting at most 10 s, {@code connection.backoff.ms}
 * apart; every failed attempt is a WARN line with the driver's reason. The wait ends early
 * when the task closes the source.
 *
 * <p>The pool publishes HikariCP's own MBeans ({@code com.zaxxer.hikari:type=Pool (<pool name>)}),
 * so give each task's pool a name of its own; its threads carry the creating thread's logging context.
 */
public final class ConnectionSource implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConnectionSource.class);
    static final long ATTEMPT_TIMEOUT_MS = 10_000;

    private final ConnectionSettings settings;
    private final HikariDataSource pool;
    private final Object closeSignal = new Object();
    private volatile boolean closed;

    public ConnectionSource(ConnectionSettings settings, String poolName, int maxConnections) {
        this.settings = settings;
        this.pool = new HikariDataSource(poolConfig(settings, poolName, maxConnections));
    }

    private static HikariConfig poolConfig(ConnectionSettings settings, String poolName, int maxConnections) {
        HikariConfig config = new HikariConfig();
        String name = jmxSafe(poolName);
        config.setPoolName(name);
        config.setRegisterMbeans(true);
        config.setThreadFactory(new LogContextThreads(name));
        config.setJdbcUrl(settings.url());
        config.setDriverClassName("org.postgresql.Driver");
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        settings.driverProperties().forEach(config::addDataSourceProperty);
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(0);
        config.setAutoCommit(true);
        // Do not fail at construction: connection attempts and backoff are ours to apply.
        config.setInitializationFailTimeout(-1);
        // One attempt waits at most this long (also the driver's login timeout), like the
        // driver's own 10 s connect timeout: an outage shows in the log after 10 s, not 30.
        config.setConnectionTimeout(ATTEMPT_TIMEOUT_MS);
        return config;
    }

    /**
     * HikariCP puts the pool name into its MBean names unquoted (and refuses a ':'), so the characters
     * JMX reserves there, which a connector name may hold, become '_'.
     */
    static String jmxSafe(String poolName) {
        return poolName.replaceAll("[,=:\"*?\\\\\n]", "_");
    }

    /** A pooled connection; close it to hand it back. */
    public Connection connection() {
        SQLException last = null;
        for (int attempt = 1; attempt <= settings.attempts() && !closed; attempt++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                last = e;
                boolean more = attempt < settings.attempts();
                log.warn("Attempt {} of {} to connect to {} failed: {}; {}", attempt, settings.attempts(),
                    JdbcUrls.redact(settings.url()), describe(e),
                    more ? "next attempt in " + settings.backoffMs() + " ms" : "giving up for now");
                if (more) {
                    pause(settings.backoffMs());
                }
            }
        }
        throw new ConnectException("Cannot connect to " + JdbcUrls.redact(settings.url()) + " after "
            + settings.attempts() + " attempts" + (last == null ? "" : ": " + describe(last)), last);
    }

    /** The pool's message and, when the pool only says it timed out, the driver's reason underneath. */
    private String describe(SQLException e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !cause.getMessage().equals(message)) {
            message = message + " (" + cause.getMessage() + ")";
        }
        if (e.getSQLState() != null) {
            message = message + " (SQLState " + e.getSQLState() + ")";
        }
        return settings.withoutSecrets(message);
    }

    private void pause(long millis) {
        synchronized (closeSignal) {
            long deadline = System.currentTimeMillis() + millis;
            long left = millis;
            while (!closed && left > 0) {
                try {
                    closeSignal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                left = deadline - System.currentTimeMillis();
            }
        }
    }

    /** Drops every pooled connection, e.g. after the database restarted. */
    public void evictAll() {
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (closeSignal) {
            closeSignal.notifyAll();
        }
        pool.close();
    }
}
