package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5, scenario 6: about 1 record in 100 is bad (a string where the column is an int, NULL
 * into NOT NULL, a value too long, a field the table lacks). With errors.tolerance=none the
 * task fails naming the record, column and database error; with errors.tolerance=all and a
 * dead letter queue exactly the bad records land there and every good one is written. Lost
 * privileges are the environment's fault: the task fails, nothing goes to the dead letter queue,
 * and once the privilege is back a restart writes every record.
 */
class PoisonRecordsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();
    private static PoisonRecords records;
    private static ConnectorStates states;

    @BeforeAll
    static void connectToTheStack() {
        records = new PoisonRecords(stack.broker().bootstrapServers());
        states = new ConnectorStates(stack.rest());
    }

    /** A sink of topic {@code name} into table {@code name} (underscored), in plain insert mode. */
    private static ConnectorJson sink(String name) {
        stack.postgres().target().execute("CREATE TABLE " + table(name) + " " + PoisonRecords.TABLE_COLUMNS);
        return StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target()).named(name)
            .with("topics", name).with("table.name.format", table(name)).with("insert.mode", "insert")
            .with("pk.mode", "none").with("pk.fields", "").with("transforms", "").with("tasks.max", "1");
    }

    private static ConnectorJson withDeadLetterQueue(ConnectorJson sink) {
        return sink.with("errors.tolerance", "all").with("errors.deadletterqueue.topic.name", sink.name() + "-dlq")
            .with("errors.deadletterqueue.topic.replication.factor", "1")
            .with("errors.deadletterqueue.context.headers.enable", "true");
    }

    private static String table(String name) {
        return name.replace('-', '_');
    }

    private static TreeSet<Integer> ids(String table) {
        return stack.postgres().target().rows("SELECT id FROM " + table).stream().map(r -> (Integer) r.get(0))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void withADeadLetterQueueExactlyTheBadRecordsLandThereAndEveryGoodOneIsWritten() {
        ConnectorJson sink = withDeadLetterQueue(sink("poison-all"));
        stack.rest().create(sink.asJson());
        states.awaitRunning(sink.name());
        records.produce("poison-all", 0, 800, true);
        Map<Integer, PoisonRecords.Fault> bad = PoisonRecords.faults(0, 800);
        assertThat(bad).as("bad records among the 800").isNotEmpty();
        TopicContents kafka = new TopicContents(stack.broker().bootstrapServers());

        Eventually.within(WAIT, () -> ids("poison_all").size() == 800 - bad.size()
                && kafka.records("poison-all-dlq").size() >= bad.size(),
            () -> "target has " + ids("poison_all").size() + " rows, the DLQ " + kafka.records("poison-all-dlq").size()
                + " records; sink " + states.describe(sink.name()));
        List<ConsumerRecord<String, String>> dlq = kafka.records("poison-all-dlq");

        TreeSet<Integer> good = IntStream.range(0, 800).filter(id -> !bad.containsKey(id)).boxed()
            .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ids("poison_all")).isEqualTo(good);
        assertThat(dlq).extracting(r -> DeliveryChecks.id(r.value())).containsExactlyInAnyOrderElementsOf(bad.keySet());
        Map<String, String> reasons = new TreeMap<>();
        for (ConsumerRecord<String, String> record : dlq) {
            int id = DeliveryChecks.id(record.value());
            assertThat(header(record, "__connect.errors.topic")).isEqualTo("poison-all");
            assertThat(header(record, "__connect.errors.partition")).isEqualTo("0");
            assertThat(header(record, "__connect.errors.offset")).isEqualTo(Integer.toString(id));
            assertThat(header(record, "__connect.errors.exception.message")).contains("offset=" + id);
            reasons.putIfAbsent(bad.get(id).name(), header(record, "__connect.errors.exception.message"));
        }
        assertThat(states.describe(sink.name())).doesNotContain("FAILED");
        System.out.println("PoisonRecordsIT: 800 records, " + good.size() + " good written, " + dlq.size()
            + " in the dead letter queue (bad: " + bad.size() + ")");
        reasons.forEach((fault, message) -> System.out.println("PoisonRecordsIT:   " + fault + " -> " + message));
    }

    @Test
    void withoutToleranceTheTaskFailsNamingRecordColumnAndDatabaseError() {
        ConnectorJson sink = sink("poison-none");
        stack.rest().create(sink.asJson());
        records.produce("poison-none", 0, 100, true);

        Eventually.within(WAIT, () -> taskFailed(sink.name()), () -> "sink " + states.describe(sink.name()));
        String trace = stack.rest().status(sink.name()).path("tasks").get(0).path("trace").asText();
        System.out.println("PoisonRecordsIT: errors.tolerance=none -> " + ferryCause(trace));
        assertThat(trace).contains("topic=poison-none partition=0 offset=50").contains("(column qty)")
            .contains("SQLState 22P02").contains("\"lots\"");
        assertThat(ids("poison_none")).doesNotContain(50);
    }

    @Test
    void lostPrivilegesFailTheTaskAndSendNothingToTheDeadLetterQueue() {
        Database target = stack.postgres().target();
        ConnectorJson sink = withDeadLetterQueue(sink("poison-env"));
        stack.rest().create(sink.asJson());
        states.awaitRunning(sink.name());
        records.produce("poison-env", 0, 100, false);
        Eventually.within(WAIT, () -> ids("poison_env").size() == 100, () -> "target has " + ids("poison_env").size());

        target.execute("REVOKE INSERT ON poison_env FROM " + target.user());
        records.produce("poison-env", 100, 200, false);
        Eventually.within(WAIT, () -> taskFailed(sink.name()), () -> "sink " + states.describe(sink.name()));
        String trace = stack.rest().status(sink.name()).path("tasks").get(0).path("trace").asText();
        TopicContents kafka = new TopicContents(stack.broker().bootstrapServers());
        assertThat(trace).contains("42501");
        assertThat(kafka.records("poison-env-dlq")).as("records in the dead letter queue").isEmpty();

        target.execute("GRANT INSERT ON poison_env TO " + target.user());
        stack.rest().restart(sink.name(), true);
        Eventually.within(WAIT, () -> ids("poison_env").size() == 200, () -> "target has " + ids("poison_env").size()
            + " rows; sink " + states.describe(sink.name()));
        assertThat(ids("poison_env")).isEqualTo(IntStream.range(0, 200).boxed()
            .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(kafka.records("poison-env-dlq")).isEmpty();
        System.out.println("PoisonRecordsIT: INSERT revoked after 100 records -> task FAILED (" + ferryCause(trace)
            + "), 0 records in the DLQ; after GRANT and a restart 200 of 200 written");
    }

    @Test
    void aDroppedTableFailsTheTaskAndSendsNothingToTheDeadLetterQueue() {
        Database target = stack.postgres().target();
        ConnectorJson sink = withDeadLetterQueue(sink("poison-gone"));
        stack.rest().create(sink.asJson());
        states.awaitRunning(sink.name());
        records.produce("poison-gone", 0, 50, false);
        Eventually.within(WAIT, () -> ids("poison_gone").size() == 50, () -> "target has " + ids("poison_gone").size());

        target.execute("DROP TABLE poison_gone");
        records.produce("poison-gone", 50, 100, false);
        Eventually.within(WAIT, () -> taskFailed(sink.name()), () -> "sink " + states.describe(sink.name()));
        String trace = stack.rest().status(sink.name()).path("tasks").get(0).path("trace").asText();
        assertThat(trace).contains("42P01").contains("not because of the record");
        assertThat(new TopicContents(stack.broker().bootstrapServers()).records("poison-gone-dlq")).isEmpty();

        target.execute("CREATE TABLE poison_gone " + PoisonRecords.TABLE_COLUMNS);
        stack.rest().restart(sink.name(), true);
        // Records 50..99 were never written; those of 0..49 after Kafka's last offset commit come again too.
        TreeSet<Integer> later = IntStream.range(50, 100).boxed().collect(Collectors.toCollection(TreeSet::new));
        Eventually.within(WAIT, () -> ids("poison_gone").containsAll(later), () -> "target has "
            + ids("poison_gone").size() + " rows; sink " + states.describe(sink.name()));
        assertThat(ids("poison_gone")).allSatisfy(id -> assertThat(id).isBetween(0, 99));
        System.out.println("PoisonRecordsIT: table dropped after 50 records -> task FAILED (" + ferryCause(trace)
            + "), 0 records in the DLQ; after re-creating it and a restart all 50 later records are written");
    }

    /** The line of a task's trace that carries Ferry's own message: the first cause under the worker's. */
    private static String ferryCause(String trace) {
        return trace.lines().filter(line -> line.startsWith("Caused by: ")).findFirst()
            .orElse(trace.lines().findFirst().orElse(""));
    }

    private static boolean taskFailed(String connector) {
        return "FAILED".equals(stack.rest().status(connector).path("tasks").path(0).path("state").asText());
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
