package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ferry.connect.sql.TableId;
import io.ferry.testing.Eventually;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * With wakeup.channel set, a row committed while the task is idle is read at once: through the
 * trigger the connector installs, or a NOTIFY of the user's own; also after the listening
 * connection was killed. poll.interval.ms is an hour, so a row read within a test was read
 * because of a wake-up: no test measures how soon.
 */
class WakeupSourceIT {
    private static final TableId IRIS = new TableId("public", "iris_data");
    private static final String LISTENER_SESSIONS =
        "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND datname = current_database()";

    private final Database db = PostgresServer.server().createDatabase("wakeup");

    private static void insertRow(Database db) {
        db.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, petal_width, target)"
            + " VALUES (now(), 5.1, 3.5, 1.4, 0.2, 0)");
    }

    private SourceTaskRunner runner(String... keyValues) {
        IrisTable.createIn(db);
        Map<String, String> overrides = new HashMap<>();
        overrides.put("poll.interval.ms", "3600000");
        for (int i = 0; i < keyValues.length; i += 2) {
            overrides.put(keyValues[i], keyValues[i + 1]);
        }
        return new SourceTaskRunner(db, overrides, IRIS);
    }

    /** Reads what is there, then polls until a poll comes back empty: the task waits for a wake-up now. */
    private static List<Long> readUntilIdle(PostgresSourceTask task, SourceTaskRunner runner) {
        List<Long> ids = new ArrayList<>();
        List<SourceRecord> records;
        while ((records = task.poll()) != null) {
            runner.context.commit(records);
            ids.addAll(ids(records));
        }
        return ids;
    }

    /** Polls until the records come (at the latest when the test gives up, long before the poll interval). */
    private static List<Long> pollForRows(PostgresSourceTask task, SourceTaskRunner runner, int rows)
        throws InterruptedException {
        List<SourceRecord> records =
            SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= rows, 3 * 60_000);
        return ids(records);
    }

    @Test
    void readsARowCommittedWhileIdleAtOnceThroughTheTriggerTheConnectorInstalls() throws Exception {
        SourceTaskRunner runner = runner("wakeup.channel", "ferry_wakeup", "wakeup.trigger.create", "true");
        insertRow(db);
        PostgresSourceTask task = runner.start();
        try {
            assertThat(readUntilIdle(task, runner)).containsExactly(1L);

            insertRow(db);

            assertThat(pollForRows(task, runner, 1)).containsExactly(2L);
        } finally {
            task.stop();
        }
        assertThat(db.rows("SELECT tgname FROM pg_trigger WHERE tgrelid = 'iris_data'::regclass"))
            .containsExactly(List.of("ferry_wakeup"));
    }

    @Test
    void aRestartedTaskFindsItsTriggerInPlaceAndKeepsIt() throws Exception {
        SourceTaskRunner runner = runner("wakeup.channel", "ferry_wakeup", "wakeup.trigger.create", "true");
        runner.start().stop();
        PostgresSourceTask task = runner.start();
        try {
            readUntilIdle(task, runner);
            insertRow(db);

            assertThat(pollForRows(task, runner, 1)).containsExactly(1L);
        } finally {
            task.stop();
        }
        assertThat(db.count("pg_trigger WHERE tgrelid = 'iris_data'::regclass")).isEqualTo(1);
    }

    @Test
    void wakesOnANotifyOnTheUsersOwnChannel() throws Exception {
        SourceTaskRunner runner = runner("wakeup.channel", "app_events");
        PostgresSourceTask task = runner.start();
        try {
            readUntilIdle(task, runner);
            insertRow(db);
            db.execute("NOTIFY app_events, 'something changed'");

            assertThat(pollForRows(task, runner, 1)).containsExactly(1L);
        } finally {
            task.stop();
        }
        assertThat(db.count("pg_trigger WHERE tgrelid = 'iris_data'::regclass")).isZero();
    }

    @Test
    void readsOnAtOnceAfterTheListeningConnectionIsKilled() throws Exception {
        SourceTaskRunner runner = runner("wakeup.channel", "ferry_wakeup", "wakeup.trigger.create", "true");
        PostgresSourceTask task = runner.start();
        try {
            readUntilIdle(task, runner);
            assertThat(db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE query LIKE 'LISTEN %' AND datname = current_database()")).containsExactly(List.of(true));
            insertRow(db); // notified to nobody: the listener is gone

            assertThat(pollForRows(task, runner, 1)).as("read once the listener is back").containsExactly(1L);
            readUntilIdle(task, runner);
            insertRow(db);
            assertThat(pollForRows(task, runner, 1)).as("woken through the new listener").containsExactly(2L);
        } finally {
            task.stop();
        }
    }

    @Test
    void stopClosesTheListeningConnection() throws Exception {
        SourceTaskRunner runner = runner("wakeup.channel", "ferry_wakeup");
        PostgresSourceTask task = runner.start();
        readUntilIdle(task, runner);
        assertThat(db.rows(LISTENER_SESSIONS)).containsExactly(List.of(1L));

        task.stop();

        Eventually.equals("listening sessions, once the server saw the connection close",
            () -> db.rows(LISTENER_SESSIONS), List.of(List.<Object>of(0L)));
    }

    @Test
    void failsWithTheGrantsToGiveWhenItMayNotCreateTheTrigger() {
        String role = "ferry_plain_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        SourceTaskRunner runner = runner("wakeup.channel", "ferry_wakeup", "wakeup.trigger.create", "true",
            "connection.user", role, "connection.password", "");
        db.execute("CREATE ROLE " + role + " LOGIN", "GRANT SELECT ON iris_data TO " + role);

        Throwable failure = catchThrowable(runner::start);

        assertThat(failure).isInstanceOf(ConnectException.class).hasMessageContaining("wakeup.trigger.create")
            .hasMessageContaining("TRIGGER").hasMessageContaining("iris_data");
    }

    private static List<Long> ids(List<SourceRecord> records) {
        List<Long> ids = new ArrayList<>();
        records.forEach(r -> ids.add((long) ((Struct) r.value()).getInt32("id")));
        return ids;
    }
}
