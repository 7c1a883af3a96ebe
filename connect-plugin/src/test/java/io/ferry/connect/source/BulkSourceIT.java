package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.BlockingCall;
import io.ferry.connect.testing.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class BulkSourceIT {
    private static final TableId IRIS = new TableId("public", "iris_data");

    @Test
    void readsTheWholeTableInBoundedPagesEachPollIntervalWithoutOffsets() throws Exception {
        Database db = PostgresServer.server().createDatabase("bulk_pages");
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (target) SELECT g FROM generate_series(1, 250) g");
        SourceTaskRunner runner = new SourceTaskRunner(db,
            Map.of("mode", "bulk", "batch.max.rows", "100", "poll.interval.ms", "300"), IRIS);
        PostgresSourceTask task = runner.start();

        List<SourceRecord> first = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 250, 10_000);
        db.execute("INSERT INTO iris_data (target) VALUES (251)");
        List<SourceRecord> second = SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 251, 10_000);
        task.stop();

        assertThat(first).hasSize(250).allSatisfy(r -> assertThat(r.sourceOffset()).isNull());
        assertThat(second).extracting(r -> ((Struct) r.value()).getInt32("target")).hasSize(251).doesNotHaveDuplicates();
    }

    @Test
    void readsALargeTableThroughACursorInPagesOfAtMostBatchMaxRows() throws Exception {
        Database db = PostgresServer.server().createDatabase("bulk_large");
        db.execute("CREATE TABLE big (id bigint PRIMARY KEY, payload text NOT NULL)",
            "INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 50000) g");
        SourceTaskRunner runner = new SourceTaskRunner(db,
            Map.of("mode", "bulk", "batch.max.rows", "500", "table.whitelist", "big"), new TableId("public", "big"));
        PostgresSourceTask task = runner.start();

        int rows = 0;
        int largestPage = 0;
        for (int polls = 0; rows < 50_000 && polls < 1_000; polls++) { // a page a poll: 100 polls needed
            List<SourceRecord> records = task.poll();
            if (records != null) {
                rows += records.size();
                largestPage = Math.max(largestPage, records.size());
            }
        }
        task.stop();

        assertThat(rows).isEqualTo(50_000);
        assertThat(largestPage).isEqualTo(500);
    }

    @Test
    void returnsNothingWhileATableHasNoNewRowsAndReadsItAgainOnceThePollIntervalHasPassed() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_wait");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "3600000"), IRIS);
        MovableClock clock = new MovableClock();
        PostgresSourceTask task = runner.start(clock);
        try {
            assertThat(task.poll()).as("the first read, of an empty table").isNull();
            db.execute("INSERT INTO iris_data (target) VALUES (1)");

            assertThat(task.poll()).as("the table is due again in an hour").isNull();
            clock.moveForward(Duration.ofHours(1));

            assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> r.size() >= 1, 30_000)).hasSize(1);
        } finally {
            task.stop();
        }
    }

    /**
     * Connect marks acknowledged offsets committable only between polls: a long wait inside poll()
     * delays commits. So poll() returns nothing after at most MAX_POLL_WAIT_MS, not after the poll
     * interval (an hour here: a poll that waited it out would not return within the test).
     */
    @Test
    void returnsNothingRatherThanWaitingOutALongPollInterval() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_bounded");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "3600000"), IRIS);
        PostgresSourceTask task = runner.start();
        try {
            task.poll(); // the first, empty read: from now on the table is due again in an hour

            assertThat(BlockingCall.start("poller", task::poll).result()).isNull();
        } finally {
            task.stop();
        }
    }

    /**
     * poll.linger.ms shortens the wait: on a clock that never moves, a poll bound by the 1 s cap
     * alone would wait for ever; with poll.linger.ms=0 it returns at once.
     */
    @Test
    void returnsNothingAtOnceWithAZeroPollLinger() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_linger");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "3600000", "poll.linger.ms", "0"),
            IRIS);
        PostgresSourceTask task = runner.start(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        try {
            task.poll(); // the first, empty read: from now on the table is due again in an hour, which never comes

            assertThat(BlockingCall.start("poller", task::poll).result()).isNull();
        } finally {
            task.stop();
        }
    }

    /** That stop() ends the wait itself at once is IdleWaitTest's; here, that poll() then returns nothing. */
    @Test
    void pollReturnsNothingWhenTheTaskIsStoppedWhileItWaits() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_stop");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "3600000"), IRIS);
        PostgresSourceTask task = runner.start();
        task.poll(); // the first, empty read: from now on the task waits an hour between reads

        BlockingCall<List<SourceRecord>> waiting = BlockingCall.start("poller", task::poll).awaitWaitingOrReturned();
        task.stop();

        assertThat(waiting.result()).isNull();
    }
}
