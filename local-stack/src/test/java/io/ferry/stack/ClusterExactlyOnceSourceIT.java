package io.ferry.stack;

import static io.ferry.stack.ThreeTablePipeline.Sink.UPSERT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13, exactly-once source on a cluster: three workers, each with
 * {@code exactly.once.source.support=enabled} (KIP-618), run a source over three tables with
 * {@code exactly.once.support=required}. A worker is SIGKILLed while one of its source tasks
 * has a Kafka transaction open (it is publishing a burst of rows, page after page, a transaction
 * each); that transaction is aborted, the task runs again on another
 * worker from the offsets committed with the last committed transaction, and a
 * {@code read_committed} reader finds every row in the topic exactly once.
 */
class ClusterExactlyOnceSourceIT {
    private static final Duration REBALANCE_DELAY = Duration.ofSeconds(10);
    private static final int ROWS_PER_SECOND_PER_TABLE = 20;
    /** Fifty pages of the default batch.max.rows: fifty transactions one after the other. */
    private static final int BURST_ROWS = 5_000;
    private static final Duration ROWS_FLOW_TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.cluster(3, settings -> settings.withExactlyOnceSource()
        .with("scheduled.rebalance.max.delay.ms", Long.toString(REBALANCE_DELAY.toMillis())));

    /** The kill: which worker, while which transaction was open, and when its tasks ran elsewhere. */
    private record Kill(String what, double secondsToRun) {
    }

    @Test
    void leavesNoDuplicateForReadCommittedWhenAWorkerIsKilledMidTransaction() {
        ThreeTablePipeline pipeline = ThreeTablePipeline.create(stack.get(), "eos");
        ConnectorJson source = pipeline.source(3).with("exactly.once.support", "required");
        ConnectorJson sink = pipeline.sink(UPSERT, 3);
        List<String> names = List.of(source.name(), sink.name());
        ClusterTasks tasks = new ClusterTasks(stack.get());

        Kill kill = pipeline.whileRowsArrive(ROWS_PER_SECOND_PER_TABLE, List.of(source, sink), 2 * 3, () -> {
            TaskPlacements before = tasks.awaitPlaced(names, 2 * 3);
            ConnectWorker victim = tasks.runningATaskOf(source.name(), before);
            List<Integer> victimTasks = before.on(victim.workerId()).stream()
                .filter(t -> t.connector().equals(source.name())).map(TaskPlacements.Task::id)
                .collect(Collectors.toList());
            List<String> transactionalIds = victimTasks.stream()
                .map(id -> LocalStack.WORKER_GROUP + "-" + source.name() + "-" + id).collect(Collectors.toList());
            String burstTable = pipeline.sourceTaskTables().get(victimTasks.get(0)).get(0).replace("public.", "");
            long killedAt;
            long uncommitted;
            try (KafkaTransactions transactions = new KafkaTransactions(stack.broker().bootstrapServers())) {
                // the task publishes the burst page after page, a transaction each: one is open at almost any time
                pipeline.insertBurst(burstTable, BURST_ROWS);
                Eventually.within(Duration.ofSeconds(60), () -> transactions.anyOngoing(transactionalIds)
                        && transactions.uncommittedRecords(pipeline.topic()) > 0,
                    () -> "no transaction of " + transactionalIds + " seen open with records in the topic");
                killedAt = System.nanoTime();
                victim.kill();
                uncommitted = transactions.uncommittedRecords(pipeline.topic());
            }
            tasks.awaitPlaced(names, 2 * 3);
            double secondsToRun = (System.nanoTime() - killedAt) / 1e9;
            pipeline.awaitWritten(UPSERT, pipeline.newestIds(), ROWS_FLOW_TIMEOUT);
            return new Kill(victim + " while a transaction of " + transactionalIds + " was open, publishing a burst of "
                + BURST_ROWS + " rows of " + burstTable + " (" + uncommitted + " records of open transactions in the "
                + "topic right after the kill)", secondsToRun);
        });

        DeliveryChecks checks = pipeline.checks(UPSERT);
        checks.awaitTargetEqualsSource(ROWS_FLOW_TIMEOUT);
        DeliveryFigures committed = checks.figures(pipeline.topic(), true);
        DeliveryFigures everything = checks.figures(pipeline.topic(), false);
        long aborted = everything.records() - committed.records();
        System.out.printf("ClusterExactlyOnceSourceIT: killed %s; its tasks RUNNING elsewhere %.1f s later; "
            + "%d records of aborted transactions in the topic%n", kill.what(), kill.secondsToRun(), aborted);
        System.out.println("ClusterExactlyOnceSourceIT: " + committed.describe("read_committed"));
        System.out.println("ClusterExactlyOnceSourceIT: " + everything.describe("read_uncommitted (aborted included)"));
        assertThat(aborted).as("records of the transaction the kill left open, aborted since").isPositive();
        assertThat(committed.lost()).as(committed.describe("lost")).isZero();
        assertThat(committed.duplicated()).as(committed.describe("duplicated")).isZero();
        assertThat(committed.targetRows()).isEqualTo(committed.written());
    }
}
