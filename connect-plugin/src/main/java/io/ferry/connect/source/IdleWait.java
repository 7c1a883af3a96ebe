package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.source.query.TableReader;
import io.ferry.connect.source.wakeup.Wakeup;
import io.ferry.connect.source.wakeup.WakeupListener;
import io.ferry.connect.source.wakeup.WakeupTriggers;
import io.ferry.connect.sql.TableId;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a task with no table due waits: for a notification on {@code wakeup.channel} when there is
 * one, else it sleeps. Either wait ends at once when the task is stopped.
 */
final class IdleWait {
    private static final Logger log = LoggerFactory.getLogger(IdleWait.class);

    private final SourceSettings settings;
    private final CountDownLatch stopped;
    /** Null when the wake-up is off. */
    private final WakeupListener listener;

    IdleWait(SourceSettings settings, Clock clock, CountDownLatch stopped) {
        this.settings = settings;
        this.stopped = stopped;
        this.listener = settings.wakeupEnabled()
            ? new WakeupListener(settings.connection(), settings.wakeupChannel(), clock) : null;
    }

    /** LISTENs (installing the triggers if asked) before the first read, so no row committed after it goes unnoticed. */
    void start(List<TableReader> readers) throws SQLException {
        if (listener == null) {
            return;
        }
        if (settings.wakeupTriggerCreate()) {
            List<TableId> read = readers.stream().filter(r -> !r.table().source().isQuery()).map(r -> r.table().id())
                .collect(Collectors.toList());
            new WakeupTriggers(settings.wakeupChannel()).install(settings.connection(), read);
        }
        listener.connect();
        log.info("Reading a table as soon as channel {} is notified; at the latest every {} ms",
            settings.wakeupChannel(), settings.pollIntervalMs());
    }

    /** Waits up to {@code millis}; returns the tables a notification woke ({@link Wakeup#none()} without one). */
    Wakeup await(long millis) {
        if (listener != null) {
            return listener.await(millis);
        }
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Wakeup.none();
    }

    /** Ends a wait in progress; callable from any thread. */
    void close() {
        if (listener != null) {
            listener.close();
        }
    }
}
