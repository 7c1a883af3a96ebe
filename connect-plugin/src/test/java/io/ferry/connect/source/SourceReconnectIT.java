package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached for longer than connection.attempts cover must not fail the
 * source task: Connect only restarts a failed task by hand, so the task keeps polling and reads
 * on once the database is back. A login the server refuses stays fatal.
 */
class SourceReconnectIT {
    private static final TableId IRIS = new TableId("public", "iris_data");

    private final Database db = PostgresServer.server().createDatabase("reconnect");
    private final String role = "ferry_reader_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;

    private static void insertRows(Database db, int n) {
        for (int i = 0; i < n; i++) {
            db.execute("INSERT INTO iris_data (timestamp, sepal_length, sepal_width, petal_length, petal_width, "
                + "target) VALUES (now(), 5.1, 3.5, 1.4, 0.2, 0)");
        }
    }

    private SourceTaskRunner readerRunner() {
        IrisTable.createIn(db);
        db.execute("CREATE ROLE " + role + " LOGIN", "GRANT SELECT ON iris_data TO " + role);
        return new SourceTaskRunner(db, Map.of("connection.user", role, "connection.password", "",
            "connection.attempts", "1"), IRIS);
    }

    /** No new session of the task's role is let in (SQLState 53300), and its open ones end (57P01). */
    private void cutOffRole() {
        db.execute("ALTER ROLE " + role + " CONNECTION LIMIT 0");
        db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
    }

    @Test
    void keepsPollingWhileTheDatabaseTurnsItAwayAndReadsOnWhenItIsBack() throws Exception {
        SourceTaskRunner runner = readerRunner();
        insertRows(db, 3);
        PostgresSourceTask task = runner.start();
        List<Long> ids = new ArrayList<>();
        try {
            ids.addAll(ids(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 3, 10_000)));
            cutOffRole();
            insertRows(db, 2);

            Throwable lostConnection = catchThrowable(task::poll);
            Throwable cannotReconnect = catchThrowable(task::poll);

            assertThat(lostConnection).isInstanceOf(RetriableException.class).hasMessageContaining("iris_data");
            assertThat(cannotReconnect).isInstanceOf(RetriableException.class)
                .hasMessageContaining("waits for the database").hasMessageContaining("SQLState 53300");
            db.execute("ALTER ROLE " + role + " CONNECTION LIMIT -1");
            ids.addAll(ids(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 2, 30_000)));
        } finally {
            task.stop();
        }
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void startsWhileTheDatabaseTurnsItAwayAndReadsOnceItIsBack() throws Exception {
        SourceTaskRunner runner = readerRunner();
        insertRows(db, 2);
        cutOffRole();

        PostgresSourceTask task = runner.start(); // a restart during an outage: no exception
        try {
            assertThat(catchThrowable(task::poll)).isInstanceOf(RetriableException.class)
                .hasMessageContaining("iris_data").hasMessageContaining("SQLState 53300");
            db.execute("ALTER ROLE " + role + " CONNECTION LIMIT -1");
            assertThat(ids(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 2, 30_000)))
                .containsExactly(1L, 2L);
        } finally {
            task.stop();
        }
    }

    @Test
    void aLoginTheServerRefusesStillFailsTheTask() throws Exception {
        SourceTaskRunner runner = readerRunner();
        insertRows(db, 1);
        PostgresSourceTask task = runner.start();
        try {
            SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 1, 10_000);
            db.execute("ALTER ROLE " + role + " NOLOGIN");
            db.rows("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");

            catchThrowable(task::poll); // the terminated session: retriable
            Throwable refused = catchThrowable(task::poll);

            assertThat(refused).isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
                .hasMessageContaining("SQLState 28000");
        } finally {
            task.stop();
        }
    }

    private static List<Long> ids(List<SourceRecord> records) {
        List<Long> ids = new ArrayList<>();
        records.forEach(r -> ids.add((long) ((Struct) r.value()).getInt32("id")));
        return ids;
    }
}
