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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A read that PostgreSQL fails is retried or fails the task by the error's SQLState, as the
 * sink's writes are: the server raises the state the test picks, through a row-level security
 * policy on the table, whose function raises it while {@code read_error} holds one.
 */
class SourceReadErrorsIT {
    private static final TableId IRIS = new TableId("public", "iris_data");

    private final Database db = PostgresServer.server().createDatabase("read_errors");
    /** Not a superuser: a superuser passes row-level security by. */
    private final String role = "ferry_reader_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;

    private final SourceTaskRunner runner = runner();
    private PostgresSourceTask task;

    private SourceTaskRunner runner() {
        IrisTable.createIn(db);
        db.execute("CREATE TABLE read_error (state text)",
            "CREATE FUNCTION raise_read_error() RETURNS boolean LANGUAGE plpgsql AS $$ DECLARE s text; BEGIN "
                + "SELECT state INTO s FROM read_error; IF s IS NOT NULL THEN "
                + "RAISE EXCEPTION 'read error raised by the test' USING ERRCODE = s; END IF; RETURN true; END $$",
            "ALTER TABLE iris_data ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY raise_read_error ON iris_data USING (raise_read_error())",
            "CREATE ROLE " + role + " LOGIN", "GRANT SELECT ON iris_data, read_error TO " + role,
            "INSERT INTO iris_data (target) VALUES (1)");
        return new SourceTaskRunner(db, Map.of("connection.user", role, "connection.password", ""), IRIS);
    }

    /** Starts the task, reads the first row, then makes reads fail with {@code state}; returns what polling throws. */
    private Throwable failureOfReadingWith(String state) throws Exception {
        task = runner.start();
        assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 1, 30_000)).hasSize(1);
        db.execute("INSERT INTO iris_data (target) VALUES (2)", "INSERT INTO read_error VALUES ('" + state + "')");
        return catchThrowable(() -> SourceTaskRunner.pollUntil(task, runner.context, r -> false, 30_000));
    }

    @AfterEach
    void stopTask() {
        if (task != null) {
            task.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01"})
    void retriesASerializationFailureOrADeadlockAndReadsOnOnceItIsGone(String state) throws Exception {
        assertThat(failureOfReadingWith(state)).isInstanceOf(RetriableException.class)
            .hasMessageContaining("iris_data").hasMessageContaining("SQLState " + state);

        db.execute("DELETE FROM read_error");
        assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 1, 30_000))
            .extracting(r -> ((Struct) r.value()).getInt32("target")).containsExactly(2);
    }

    @Test
    void failsTheTaskAtTheNthTransientFailureInARowAsQueryRetryAttemptsSays() throws Exception {
        SourceTaskRunner limited = new SourceTaskRunner(db,
            Map.of("connection.user", role, "connection.password", "", "query.retry.attempts", "3"), IRIS);
        task = limited.start();
        assertThat(SourceTaskRunner.pollUntil(task, limited.context, r -> r.size() >= 1, 30_000)).hasSize(1);
        db.execute("INSERT INTO iris_data (target) VALUES (2)", "INSERT INTO read_error VALUES ('40001')");

        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            failures.add(catchThrowable(() -> SourceTaskRunner.pollUntil(task, limited.context, r -> false, 30_000)));
        }

        assertThat(failures.subList(0, 2)).allSatisfy(f -> assertThat(f).isInstanceOf(RetriableException.class));
        assertThat(failures.get(2)).isInstanceOf(ConnectException.class).isNotInstanceOf(RetriableException.class)
            .hasMessageContaining("SQLState 40001").hasMessageContaining("query.retry.attempts");
    }

    @Test
    void retriesATransientFailureForEverByDefault() throws Exception {
        assertThat(failureOfReadingWith("40001")).isInstanceOf(RetriableException.class);
        for (int i = 0; i < 5; i++) {
            assertThat(catchThrowable(() -> SourceTaskRunner.pollUntil(task, runner.context, r -> false, 30_000)))
                .isInstanceOf(RetriableException.class);
        }
    }

    /** Disk full (53100) and database dropped (57P04) need an operator: retrying them for ever would hide them. */
    @ParameterizedTest
    @ValueSource(strings = {"53100", "57P04"})
    void failsTheTaskOnADiskFullOrADroppedDatabaseNamingTableAndSqlState(String state) throws Exception {
        assertThat(failureOfReadingWith(state)).isInstanceOf(ConnectException.class)
            .isNotInstanceOf(RetriableException.class)
            .hasMessageContaining("Reading table public.iris_data failed").hasMessageContaining("SQLState " + state);
    }
}
