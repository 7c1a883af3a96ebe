package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        long deadline = System.currentTimeMillis() + 60_000;
        while (rows < 50_000 && System.currentTimeMillis() < deadline) {
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
    void returnsNothingWhileATableHasNoNewRowsAndWaitsThePollInterval() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_wait");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "400"), IRIS);
        PostgresSourceTask task = runner.start();

        assertThat(task.poll()).isNull();
        long start = System.nanoTime();
        assertThat(task.poll()).isNull();
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        task.stop();

        assertThat(waitedMs).isBetween(300L, 3000L);
    }

    /** Connect marks acknowledged offsets committable only between polls: a long wait inside poll() delays commits. */
    @Test
    void returnsNothingAfterAboutASecondWhenThePollIntervalIsLonger() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_bounded");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "60000"), IRIS);
        PostgresSourceTask task = runner.start();
        task.poll(); // the first, empty read: from now on the table is due again in a minute

        long start = System.nanoTime();
        List<SourceRecord> records = task.poll();
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        task.stop();

        assertThat(records).isNull();
        assertThat(waitedMs).isBetween(PostgresSourceTask.MAX_POLL_WAIT_MS - 100, 5_000L);
    }

    @Test
    void pollReturnsPromptlyWhenTheTaskIsStopped() throws Exception {
        Database db = PostgresServer.server().createDatabase("poll_stop");
        IrisTable.createIn(db);
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("poll.interval.ms", "60000"), IRIS);
        PostgresSourceTask task = runner.start();
        task.poll(); // the first, empty read: from now on the task waits a minute between reads

        CompletableFuture<List<SourceRecord>> waiting = CompletableFuture.supplyAsync(task::poll);
        Thread.sleep(200);
        long start = System.nanoTime();
        task.stop();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isNull();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
    }
}
