package io.ferry.connect.source.wakeup;

import io.ferry.connect.jdbc.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection of its own that LISTENs on the wake-up channel, so the task waits for notifications
 * instead of sleeping. The read connection cannot do it: it runs transactions, and notifications
 * reach a session only between them. A lost connection is opened again (at once, then every
 * {@code connection.backoff.ms}, at least a second apart), and the first wait after that wakes every
 * table, since notifications sent meanwhile are gone. {@link #close()} may be called from any thread and ends a
 * wait at once.
 */
public final class WakeupListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WakeupListener.class);
    /** How long the connection may stay silent before a wait checks that it is still alive. */
    static final long LIVENESS_CHECK_MS = 30_000;
    private static final int LIVENESS_TIMEOUT_SECONDS = 10;
    /** Reconnect attempts are at least this far apart, even with connection.backoff.ms 0. */
    private static final long MIN_RECONNECT_BACKOFF_MS = 1_000;

    private final ConnectionSettings settings;
    private final String channel;
    private final Clock clock;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Used by the polling thread only, except that {@link #close()} aborts it. */
    private volatile Connection connection;
    private long lastHeardAt;
    private long nextConnectAt;

    public WakeupListener(ConnectionSettings settings, String channel, Clock clock) {
        this.settings = settings;
        this.channel = channel;
        this.clock = clock;
    }

    /** Opens the connection and LISTENs, unless it did so already. */
    public void connect() throws SQLException {
        if (connection != null) {
            return;
        }
        Connection opened = WakeupConnections.open(settings);
        try (Statement statement = opened.createStatement()) {
            statement.execute(WakeupTriggerSql.listen(channel));
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
        lastHeardAt = clock.millis();
        if (closed.getCount() == 0) {
            drop(); // close() ran while connecting
        }
    }

    /**
     * Waits up to {@code timeoutMs} for notifications and returns what they wake; returns early, with
     * nothing, when closed.
     */
    public Wakeup await(long timeoutMs) {
        if (closed.getCount() == 0) {
            return Wakeup.none();
        }
        if (connection == null) {
            return reconnect(timeoutMs);
        }
        try {
            checkAlive();
            PGNotification[] received = connection.unwrap(PGConnection.class)
                .getNotifications((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMs)));
            return wakeup(received);
        } catch (SQLException e) {
            if (closed.getCount() > 0) {
                log.warn("Lost the wake-up connection listening on channel {}: {} (SQLState {}); opening it again, "
                    + "then reading every table once", channel, settings.withoutSecrets(e.getMessage()), e.getSQLState());
            }
            drop();
            nextConnectAt = clock.millis();
            return Wakeup.none();
        } catch (RuntimeException e) {
            if (closed.getCount() == 0) {
                return Wakeup.none(); // the driver's stream was aborted under the wait
            }
            throw e;
        }
    }

    private Wakeup reconnect(long timeoutMs) {
        long now = clock.millis();
        if (now < nextConnectAt) {
            pause(Math.min(timeoutMs, nextConnectAt - now));
            return Wakeup.none();
        }
        try {
            connect();
            log.info("Listening on wake-up channel {} again", channel);
            return closed.getCount() == 0 ? Wakeup.none() : Wakeup.everyTable();
        } catch (SQLException e) {
            long backoffMs = Math.max(MIN_RECONNECT_BACKOFF_MS, settings.backoffMs());
            nextConnectAt = clock.millis() + backoffMs;
            log.warn("Cannot listen on wake-up channel {}: {}; tables are read every poll.interval.ms meanwhile, "
                + "next attempt in {} ms", channel, settings.withoutSecrets(e.getMessage()), backoffMs);
            return Wakeup.none();
        }
    }

    /** A connection silent for long may be dead without an error (a dropped network path): ask it. */
    private void checkAlive() throws SQLException {
        long now = clock.millis();
        if (now - lastHeardAt < LIVENESS_CHECK_MS) {
            return;
        }
        if (!connection.isValid(LIVENESS_TIMEOUT_SECONDS)) {
            throw new SQLException("The connection did not answer within " + LIVENESS_TIMEOUT_SECONDS + " s", "08006");
        }
        lastHeardAt = now;
    }

    private Wakeup wakeup(PGNotification[] received) {
        if (received == null || received.length == 0) {
            return Wakeup.none();
        }
        lastHeardAt = clock.millis();
        Set<String> payloads = new LinkedHashSet<>();
        for (PGNotification notification : received) {
            payloads.add(notification.getParameter());
        }
        return Wakeup.of(payloads);
    }

    private void pause(long millis) {
        try {
            closed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drop() {
        Connection dropped = connection;
        connection = null;
        if (dropped != null) {
            try {
                dropped.close();
            } catch (SQLException e) {
                log.debug("Closing the wake-up connection: {}", e.getMessage());
            }
        }
    }

    /** Ends a wait in progress (by aborting its connection) and any later one. */
    @Override
    public void close() {
        closed.countDown();
        Connection current = connection;
        if (current == null) {
            return;
        }
        try {
            current.abort(Runnable::run);
        } catch (SQLException | SecurityException e) {
            log.debug("Aborting the wake-up connection: {}", e.getMessage());
        }
    }
}
