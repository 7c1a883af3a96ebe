package io.ferry.stack;

import static io.ferry.stack.ThreeTablePipeline.Sink.KEYLESS;
import static io.ferry.stack.ThreeTablePipeline.Sink.KEYLESS_OFFSETS_IN_DATABASE;
import static io.ferry.stack.ThreeTablePipeline.Sink.UPSERT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13, a real cluster: three Connect workers (JVMs of their own, one group) share a source
 * over three tables and its sinks while rows keep arriving (20 a second into each table); a
 * worker is killed, every worker is restarted in turn, the task count is changed over REST. No
 * row may be lost. The scenarios share the cluster: each names its tables, topic and
 * connectors after itself, starts any worker the one before left stopped, and leaves no
 * connector behind. The worker loss runs last, so that nobody waits for its victim to restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectClusterIT {
    private static final int WORKERS = 3;
    /** Set low here so that a scenario takes seconds (Connect's default is 5 minutes). */
    private static final Duration REBALANCE_DELAY = Duration.ofSeconds(10);
    /** Connect's default: how long the group waits for a silent worker's heartbeat. */
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    /** For starting the moved tasks, and for a loaded machine. */
    private static final Duration MOVE_MARGIN = Duration.ofSeconds(15);
    private static final int ROWS_PER_SECOND_PER_TABLE = 20;
    /**
     * Records sent again after a kill are those sent since the last offset commit (every second
     * here): at most a read of each table the killed task read (5 s of rows at the repository's
     * poll.interval.ms), and the sink's since its last commit. 10 s of all tables' rows bounds them.
     */
    private static final Duration AT_LEAST_ONCE_WINDOW = Duration.ofSeconds(10);
    private static final Duration ROWS_FLOW_TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.cluster(WORKERS, settings -> settings
        .with("scheduled.rebalance.max.delay.ms", Long.toString(REBALANCE_DELAY.toMillis()))
        .with("session.timeout.ms", Long.toString(SESSION_TIMEOUT.toMillis())));

    @BeforeEach
    void startEveryWorker() {
        tasks().startStoppedWorkers();
    }

    @AfterEach
    void deleteEveryConnector() {
        tasks().deleteEveryConnector();
    }

    @Test
    @Order(1)
    void readsTheTablesWithTheTasksEachNewConfigAsksForAndLosesNoRow() {
        ThreeTablePipeline pipeline = ThreeTablePipeline.create(stack.get(), "config");
        ConnectorJson source = pipeline.source(1);
        ConnectorJson sink = pipeline.sink(UPSERT, 1);

        List<String> changes = pipeline.whileRowsArrive(ROWS_PER_SECOND_PER_TABLE, List.of(source, sink), 2, () -> {
            List<String> done = new ArrayList<>();
            int change = 0;
            for (int tasksMax : new int[] {3, 1}) {
                // each change through another worker: one that is not the leader forwards it
                ConnectWorker through = stack.cluster().workers().get(++change % WORKERS);
                long changedAt = System.nanoTime();
                through.rest().updateConfig(source.name(), pipeline.source(tasksMax).asJson().get("config"));
                through.rest().updateConfig(sink.name(), pipeline.sink(UPSERT, tasksMax).asJson().get("config"));
                Collection<List<String>> tables = awaitTablesSpreadOver(pipeline, tasksMax);
                tasks().awaitPlaced(List.of(source.name(), sink.name()), 2 * tasksMax);
                pipeline.awaitWritten(UPSERT, pipeline.newestIds(), ROWS_FLOW_TIMEOUT);
                done.add(String.format("tasks.max=%d through %s: source tasks read %s; every table's rows in "
                    + "the target %.1f s after the change", tasksMax, through, tables, secondsSince(changedAt)));
            }
            return done;
        });

        // the old tasks stop gracefully, committing their offsets, before the new ones start
        assertEveryRowOnceInTopicAndTarget(pipeline, "config change", changes);
    }

    @Test
    @Order(2)
    void losesNoRowWhileEveryWorkerIsRestartedInTurn() {
        ThreeTablePipeline pipeline = ThreeTablePipeline.create(stack.get(), "rolling");
        List<ConnectorJson> connectors = List.of(pipeline.source(3), pipeline.sink(UPSERT, 3));
        List<String> names = connectors.stream().map(ConnectorJson::name).collect(Collectors.toList());

        List<String> restarts = pipeline.whileRowsArrive(ROWS_PER_SECOND_PER_TABLE, connectors, 2 * 3, () -> {
            List<String> done = new ArrayList<>();
            for (ConnectWorker worker : stack.cluster().workers()) {
                long stoppedAt = System.nanoTime();
                worker.restart();
                double restarted = secondsSince(stoppedAt);
                TaskPlacements placed = tasks().awaitPlaced(names, 2 * 3);
                pipeline.awaitWritten(UPSERT, pipeline.newestIds(), ROWS_FLOW_TIMEOUT);
                done.add(String.format("%s stopped and healthy again after %.1f s, every table's rows in the "
                        + "target %.1f s after the stop; it then ran %d of the %d tasks", worker, restarted,
                    secondsSince(stoppedAt), placed.on(worker.workerId()).size(), placed.tasks().size()));
            }
            return done;
        });

        // a graceful stop commits the source's offsets first (guarantees.md)
        assertEveryRowOnceInTopicAndTarget(pipeline, "rolling restart", restarts);
    }

    /** What the worker loss showed: the killed worker's tasks, when they ran elsewhere, what the status said meanwhile. */
    private record Move(String victim, List<TaskPlacements.Task> tasks, double secondsToRun, double secondsToRows,
                        Set<String> shownMeanwhile) {
    }

    @Test
    @Order(3)
    void movesAKilledWorkersTasksWithinTheRebalanceDelayAndLosesNoRow() {
        ThreeTablePipeline pipeline = ThreeTablePipeline.create(stack.get(), "loss");
        List<ConnectorJson> connectors = List.of(pipeline.source(3), pipeline.sink(UPSERT, 3),
            pipeline.sink(KEYLESS_OFFSETS_IN_DATABASE, 3), pipeline.sink(KEYLESS, 3));
        List<String> names = connectors.stream().map(ConnectorJson::name).collect(Collectors.toList());

        Move move = pipeline.whileRowsArrive(ROWS_PER_SECOND_PER_TABLE, connectors, 4 * 3, () -> {
            TaskPlacements before = tasks().awaitPlaced(names, 4 * 3);
            ConnectWorker victim = tasks().runningATaskOf(pipeline.sourceName(), before);
            String leader = tasks().leader().map(ConnectWorker::toString).orElse("unknown");
            Set<String> shown = new TreeSet<>();
            long killedAt = System.nanoTime();
            victim.kill();
            tasks().awaitPlaced(names, 4 * 3, placements -> placements.on(victim.workerId())
                .forEach(t -> shown.add(t.state() + " on the killed worker")));
            double secondsToRun = secondsSince(killedAt);
            pipeline.awaitWritten(UPSERT, pipeline.newestIds(), ROWS_FLOW_TIMEOUT);
            return new Move(victim + " (the leader: " + leader + ")", before.on(victim.workerId()), secondsToRun,
                secondsSince(killedAt), shown);
        });

        pipeline.checks(UPSERT).awaitTargetEqualsSource(ROWS_FLOW_TIMEOUT);
        DeliveryFigures topic = pipeline.checks(UPSERT).figures(pipeline.topic(), false);
        SinkFigures upsert = pipeline.checks(UPSERT).sinkFigures(pipeline.topic(), false);
        SinkFigures offsetsInDatabase = pipeline.checks(KEYLESS_OFFSETS_IN_DATABASE)
            .awaitEveryRecordWritten(pipeline.topic(), false, ROWS_FLOW_TIMEOUT);
        SinkFigures keyless = pipeline.checks(KEYLESS).awaitEveryRecordWritten(pipeline.topic(), false, ROWS_FLOW_TIMEOUT);
        Duration bound = SESSION_TIMEOUT.plus(REBALANCE_DELAY).plus(MOVE_MARGIN);
        long windowRows = AT_LEAST_ONCE_WINDOW.toSeconds() * ROWS_PER_SECOND_PER_TABLE * ThreeTablePipeline.TABLES;
        System.out.printf("ConnectClusterIT worker loss: killed %s running %s; they ran elsewhere %.1f s after the kill "
                + "(session timeout %d s + scheduled.rebalance.max.delay.ms %d s; asserted at most %d s), rows of "
                + "every table in the target again %.1f s after it; meanwhile the status showed %s%n",
            move.victim(), move.tasks(), move.secondsToRun(), SESSION_TIMEOUT.toSeconds(), REBALANCE_DELAY.toSeconds(),
            bound.toSeconds(), move.secondsToRows(), move.shownMeanwhile());
        System.out.println("ConnectClusterIT worker loss: " + topic.describe("topic " + pipeline.topic()));
        List.of(upsert, offsetsInDatabase, keyless)
            .forEach(f -> System.out.println("ConnectClusterIT worker loss: " + f.describe()));
        assertThat(move.tasks()).extracting(TaskPlacements.Task::connector).contains(pipeline.sourceName());
        assertThat(move.secondsToRun()).as("seconds until the killed worker's tasks ran elsewhere")
            .isLessThanOrEqualTo(bound.toSeconds());
        assertThat(topic.lost()).as(topic.describe("lost")).isZero();
        assertThat(topic.duplicated()).as("records the source published again").isLessThanOrEqualTo(windowRows);
        assertThat(upsert.rows()).isEqualTo(topic.written());
        assertThat(upsert.lost()).isZero();
        assertThat(upsert.duplicated()).isZero();
        assertThat(offsetsInDatabase.lost()).isZero();
        assertThat(offsetsInDatabase.beyondTopic()).as(offsetsInDatabase.describe()).isZero();
        assertThat(keyless.lost()).isZero();
        assertThat(keyless.beyondTopic()).as(keyless.describe()).isLessThanOrEqualTo(windowRows);
    }

    /**
     * Once the rows stopped: the upsert sink's table equals the source, and the topic holds every
     * source row exactly once; prints the scenario's steps and figures.
     */
    private static void assertEveryRowOnceInTopicAndTarget(ThreeTablePipeline pipeline, String scenario,
                                                           List<String> steps) {
        pipeline.checks(UPSERT).awaitTargetEqualsSource(ROWS_FLOW_TIMEOUT);
        DeliveryFigures topic = pipeline.checks(UPSERT).figures(pipeline.topic(), false);
        steps.forEach(step -> System.out.println("ConnectClusterIT " + scenario + ": " + step));
        System.out.println("ConnectClusterIT " + scenario + ": " + topic.describe("topic " + pipeline.topic()));
        assertThat(topic.lost()).as(topic.describe("lost")).isZero();
        assertThat(topic.duplicated()).as(topic.describe("duplicated")).isZero();
        assertThat(topic.targetRows()).isEqualTo(topic.written());
    }

    /**
     * Waits until the source's task configs ({@code GET /connectors/{name}/tasks}) spread the
     * three tables over as many tasks as {@code tasksMax} allows, each table read by one task;
     * returns each task's tables.
     */
    private static Collection<List<String>> awaitTablesSpreadOver(ThreeTablePipeline pipeline, int tasksMax) {
        int tasks = Math.min(tasksMax, ThreeTablePipeline.TABLES);
        List<String> expected = pipeline.sourceTables().stream().map(t -> "public." + t).sorted()
            .collect(Collectors.toList());
        Eventually.within(Duration.ofSeconds(60), () -> {
            Collection<List<String>> tables = pipeline.sourceTaskTables().values();
            return tables.size() == tasks && tables.stream().noneMatch(List::isEmpty)
                && tables.stream().flatMap(List::stream).sorted().collect(Collectors.toList()).equals(expected);
        }, () -> "source tasks read " + pipeline.sourceTaskTables() + ", expected " + tasks
            + " tasks reading " + expected + " once each");
        return pipeline.sourceTaskTables().values();
    }

    private static ClusterTasks tasks() {
        return new ClusterTasks(stack.get());
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }
}
