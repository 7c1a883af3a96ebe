package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 3 of issue 3: what an operator does to running connectors over REST (pause, resume,
 * restart with tasks, delete and re-create under the same name) loses no row and repeats none.
 */
class ConnectorLifecycleIT {
    /**
     * Rows the generator inserts (one each 10 ms at most) over longer than the source's
     * poll.interval.ms (5 s by default): a source that was not paused would have read some of them.
     */
    private static final long ROWS_A_RUNNING_SOURCE_WOULD_HAVE_READ = 600;

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void pauseResumeRestartAndRecreateLoseAndRepeatNoRow() {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source());
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        ConnectRestClient rest = stack.rest();
        ConnectorStates states = new ConnectorStates(rest);
        DeliveryChecks checks = new DeliveryChecks(stack.get(), sink.name());
        WorkerLog log = new WorkerLog(stack.get());
        IrisGenerator generator = IrisGenerator.start(stack.postgres().source(), Duration.ofMillis(10));
        rest.create(source.asJson());
        rest.create(sink.asJson());
        states.awaitRunning(source.name(), sink.name());
        awaitTargetRows(100, sink.name());

        rest.pause(source.name());
        rest.pause(sink.name());
        states.await(source.name(), "PAUSED", Duration.ofSeconds(30));
        states.await(sink.name(), "PAUSED", Duration.ofSeconds(30));
        long readableBeforePause = lastSourceId(); // a row inserted later can only be read after the resume
        awaitSourceId(readableBeforePause + ROWS_A_RUNNING_SOURCE_WOULD_HAVE_READ);
        assertThat(checks.idCounts(TOPIC).keySet()).as("records of rows inserted while the source is paused").isNotEmpty()
            .allSatisfy(id -> assertThat((long) id).isLessThanOrEqualTo(readableBeforePause));

        rest.resume(source.name());
        rest.resume(sink.name());
        states.awaitRunning(source.name(), sink.name());
        awaitTargetRows(sourceRows(), sink.name());

        long beforeRestart = log.mark();
        rest.restart(source.name(), true);
        rest.restart(sink.name(), true);
        awaitTaskCreatedSince(log, beforeRestart, source.name(), sink.name());
        states.awaitRunning(source.name(), sink.name());
        awaitTargetRows(sourceRows(), sink.name());

        rest.delete(source.name());
        Eventually.within(Duration.ofSeconds(60), () -> isGone(rest, source.name()),
            () -> source.name() + " is still there: " + states.describe(source.name()));
        rest.create(source.asJson());
        states.awaitRunning(source.name());
        awaitTargetRows(sourceRows(), sink.name());

        long inserted = generator.stop();
        assertThat(stack.postgres().source().count("iris_data")).isEqualTo(inserted);
        checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        checks.assertTopicHasEverySourceRowOnce(TOPIC);
        states.awaitRunning(source.name(), sink.name());
    }

    private static long sourceRows() {
        return stack.postgres().source().count("iris_data");
    }

    private static long lastSourceId() {
        return ((Number) stack.postgres().source().rows("SELECT coalesce(max(id), 0) FROM iris_data").get(0).get(0))
            .longValue();
    }

    private static void awaitSourceId(long id) {
        Eventually.within(Duration.ofSeconds(60), () -> lastSourceId() >= id,
            () -> "the source's last id is " + lastSourceId() + ", expected " + id + " or more");
    }

    /** Until the worker logged creating task 0 of each connector again, after {@code mark}. */
    private static void awaitTaskCreatedSince(WorkerLog log, long mark, String... connectors) {
        for (String connector : connectors) {
            String created = "Creating task " + connector + "-0";
            Eventually.within(Duration.ofSeconds(60),
                () -> log.linesSince(mark).stream().anyMatch(line -> line.contains(created)),
                () -> "no '" + created + "' in the worker log since the restart");
        }
    }

    private static boolean isGone(ConnectRestClient rest, String connector) {
        try {
            rest.status(connector);
            return false;
        } catch (ConnectRestException e) {
            return e.status() == 404;
        }
    }

    private static void awaitTargetRows(long rows, String sinkName) {
        Database target = stack.postgres().target();
        Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= rows,
            () -> "target has " + target.count("iris_data") + " rows, expected " + rows + " or more; sink "
                + new ConnectorStates(stack.rest()).describe(sinkName));
    }
}
