package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * Incrementing mode when transactions commit out of id order: transaction A draws id n and stays
 * open while B commits n + 1. The offset must not pass n before A has ended.
 */
class OutOfOrderCommitsSourceIT {
    private static final TableId IRIS = new TableId("public", "iris_data");
    private static final Map<String, Object> PARTITION = Map.of("protocol", "1", "table", "public.iris_data");
    private static final String INSERT = "INSERT INTO iris_data (target) VALUES (1) RETURNING id";

    private static long id(SourceRecord record) {
        return ((Struct) record.value()).getInt32("id");
    }

    private static Database irisWithThreeRows(String name) {
        Database db = PostgresServer.server().createDatabase(name);
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (target) SELECT g FROM generate_series(1, 3) g");
        return db;
    }

    /** A connection whose transaction stays open until the test commits or rolls it back. */
    private static Connection openTransaction(Database db) throws SQLException {
        Connection connection = db.connect();
        connection.setAutoCommit(false);
        return connection;
    }

    private static long insert(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(INSERT)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A inserts n and stays open, then another transaction commits n + 1; returns n. */
    private static long commitPastOpenTransaction(Database db, Connection a) throws SQLException {
        long n = insert(a);
        assertThat(insertCommitted(db)).isEqualTo(n + 1);
        return n;
    }

    private static long insertCommitted(Database db) {
        return ((Number) db.rows(INSERT).get(0).get(0)).longValue();
    }

    /**
     * What {@code polls} polls return. Each of them reads the table: one whose rows are held is
     * due again within the runner's 50 ms poll interval, and a poll waits up to a second for it.
     */
    private static List<SourceRecord> readsReturn(PostgresSourceTask task, SourceTaskRunner runner, int polls) {
        List<SourceRecord> all = new ArrayList<>();
        for (int i = 0; i < polls; i++) {
            List<SourceRecord> records = task.poll();
            if (records != null) {
                runner.context.commit(records);
                all.addAll(records);
            }
        }
        return all;
    }

    private static List<SourceRecord> pollForRows(PostgresSourceTask task, SourceTaskRunner runner, int rows)
        throws InterruptedException {
        return SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= rows, 10_000);
    }

    /** Starts a task and reads the three rows there were before the test's transactions. */
    private static PostgresSourceTask startPastTheFirstRows(SourceTaskRunner runner) throws InterruptedException {
        PostgresSourceTask task = runner.start();
        assertThat(pollForRows(task, runner, 3)).hasSize(3);
        return task;
    }

    private static Object committedOffset(SourceTaskRunner runner) {
        Map<String, Object> offset = runner.context.offset(PARTITION);
        return offset == null ? null : offset.get("incrementing");
    }

    @Test
    void holdsARowCommittedPastAnOpenTransactionUntilThatTransactionCommitsEvenAcrossARestart() throws Exception {
        Database db = irisWithThreeRows("frontier_hold");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        PostgresSourceTask task = runner.start();
        assertThat(pollForRows(task, runner, 3)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(1L, 2L, 3L);

        try (Connection a = openTransaction(db)) {
            long n = commitPastOpenTransaction(db, a);

            assertThat(readsReturn(task, runner, 5)).isEmpty();
            assertThat(committedOffset(runner)).isEqualTo(3L);
            task.stop();
            task = runner.start();
            assertThat(readsReturn(task, runner, 5)).isEmpty();

            a.commit();
            assertThat(pollForRows(task, runner, 2)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(n, n + 1);
            assertThat(committedOffset(runner)).isEqualTo(n + 1);
        } finally {
            task.stop();
        }
    }

    @Test
    void waitsForATransactionThatDrewItsIdBeforeTheReadButHasNotWrittenYet() throws Exception {
        Database db = irisWithThreeRows("frontier_nextval");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        PostgresSourceTask task = startPastTheFirstRows(runner);

        try (Connection a = openTransaction(db); Statement s = a.createStatement()) {
            // nextval() assigns no transaction id: A is in no snapshot's list of running transactions yet.
            long n;
            try (ResultSet rs = s.executeQuery("SELECT nextval('iris_data_id_seq')")) {
                rs.next();
                n = rs.getLong(1);
            }
            long next = insertCommitted(db);

            assertThat(readsReturn(task, runner, 5)).isEmpty();

            s.execute("INSERT INTO iris_data (id, target) VALUES (" + n + ", 2)");
            a.commit();
            assertThat(pollForRows(task, runner, 2)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(n, next);
        } finally {
            task.stop();
        }
    }

    @Test
    void readsIdsThatStepByTenInOnePollYetHoldsThemForAnOpenTransaction() throws Exception {
        Database db = PostgresServer.server().createDatabase("frontier_step");
        db.execute("CREATE TABLE steps (id bigint GENERATED ALWAYS AS IDENTITY (INCREMENT BY 10) PRIMARY KEY, n int)",
            "INSERT INTO steps (n) SELECT g FROM generate_series(1, 5) g");
        TableId steps = new TableId("public", "steps");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("table.whitelist", "steps"), steps);
        PostgresSourceTask task = runner.start();
        String insert = "INSERT INTO steps (n) VALUES (0) RETURNING id";

        try (Connection a = openTransaction(db); Statement s = a.createStatement()) {
            assertThat(task.poll()).extracting(r -> ((Struct) r.value()).getInt64("id"))
                .containsExactly(1L, 11L, 21L, 31L, 41L);

            long n;
            try (ResultSet rs = s.executeQuery(insert)) {
                rs.next();
                n = rs.getLong(1);
            }
            db.execute("INSERT INTO steps (n) VALUES (0)");
            assertThat(readsReturn(task, runner, 5)).isEmpty();

            a.commit();
            assertThat(pollForRows(task, runner, 2)).extracting(r -> ((Struct) r.value()).getInt64("id"))
                .containsExactly(n, n + 10);
        } finally {
            task.stop();
        }
    }

    @Test
    void passesTheGapOfARolledBackTransactionInTheSamePoll() throws Exception {
        Database db = irisWithThreeRows("frontier_rollback");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        PostgresSourceTask task = startPastTheFirstRows(runner);

        try (Connection a = openTransaction(db)) {
            insert(a);
            a.rollback();
        }
        long next = insertCommitted(db);

        try {
            assertThat(task.poll()).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(next);
        } finally {
            task.stop();
        }
    }

    @Test
    void holdsRowsWhileTheOpenTransactionIsPreparedForTwoPhaseCommit() throws Exception {
        Database db = irisWithThreeRows("frontier_2pc");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of(), IRIS);
        PostgresSourceTask task = startPastTheFirstRows(runner);

        try (Connection a = openTransaction(db); Statement s = a.createStatement()) {
            long n = commitPastOpenTransaction(db, a);
            assertThat(readsReturn(task, runner, 5)).isEmpty();

            // A leaves its backend and lives on as a prepared transaction under another identity.
            s.execute("PREPARE TRANSACTION 'frontier_a'");
            a.setAutoCommit(true);
            assertThat(readsReturn(task, runner, 5)).isEmpty();

            s.execute("COMMIT PREPARED 'frontier_a'");
            assertThat(pollForRows(task, runner, 2)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(n, n + 1);
        } finally {
            task.stop();
        }
    }

    @Test
    void holdsRowsForAnotherRolesTransactionWhenConnectedAsAnOrdinaryRole() throws Exception {
        Database db = irisWithThreeRows("frontier_role");
        String role = "ferry_reader_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'reader'", "GRANT SELECT ON iris_data TO " + role);
        SourceTaskRunner runner = new SourceTaskRunner(db,
            Map.of("connection.user", role, "connection.password", "reader"), IRIS);
        PostgresSourceTask task = startPastTheFirstRows(runner);

        try (Connection a = openTransaction(db)) {
            long n = commitPastOpenTransaction(db, a);
            assertThat(readsReturn(task, runner, 5)).isEmpty();

            a.commit();
            assertThat(pollForRows(task, runner, 2)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(n, n + 1);
        } finally {
            task.stop();
        }
    }

    /** How long exactly is CommitFrontierTest's; here, that the task's clock is what counts. */
    @Test
    void stopsHoldingRowsBackForATransactionOpenLongerThanTheMaxWait() throws Exception {
        Database db = irisWithThreeRows("frontier_max_wait");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("incrementing.gap.max.wait.ms", "3600000"), IRIS);
        MovableClock clock = new MovableClock();
        PostgresSourceTask task = runner.start(clock);
        assertThat(pollForRows(task, runner, 3)).hasSize(3);

        try (Connection a = openTransaction(db)) {
            long n = commitPastOpenTransaction(db, a);
            assertThat(readsReturn(task, runner, 5)).as("held while A may commit n").isEmpty();
            clock.moveForward(Duration.ofHours(1));

            assertThat(pollForRows(task, runner, 1)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(n + 1);
            // The transaction given up on does not hold later gaps back again.
            try (Connection b = openTransaction(db)) {
                insert(b);
                b.rollback();
            }
            long later = insertCommitted(db);
            assertThat(pollForRows(task, runner, 1)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(later);
            a.rollback();
        } finally {
            task.stop();
        }
    }

    @Test
    void emitsRowsAsSoonAsSeenLikeConfluentsConnectorWhenHoldingIsTurnedOff() throws Exception {
        Database db = irisWithThreeRows("frontier_off");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("incrementing.gap.max.wait.ms", "0"), IRIS);
        PostgresSourceTask task = startPastTheFirstRows(runner);

        try (Connection a = openTransaction(db)) {
            long n = commitPastOpenTransaction(db, a);
            assertThat(pollForRows(task, runner, 1)).extracting(OutOfOrderCommitsSourceIT::id).containsExactly(n + 1);
            a.commit();
            assertThat(readsReturn(task, runner, 5)).as("the late row is skipped, as Confluent's connector skips it")
                .isEmpty();
        } finally {
            task.stop();
        }
    }
}
