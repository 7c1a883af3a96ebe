package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import io.ferry.testing.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scenario 5 of issue 5: the seed pipeline (generator on, upsert sink) runs with one of its
 * databases behind a {@link DatabaseProxy}; mid-stream the proxy cuts that database off for
 * 30 s and heals. Nobody restarts anything: the tasks must wait, retry and catch up alone.
 */
final class OutageDrill {
    static final Duration OUTAGE = Duration.ofSeconds(30);

    /** Which connector loses its database. */
    enum Side { SOURCE, TARGET }

    /** What was seen: during the outage, and the end-of-run delivery figures. */
    record Report(Set<String> statesDuringOutage, List<String> warningsDuringOutage, Duration recovery,
                  long rowsWritten, long rowsInTarget, long lost, long duplicatedInTarget,
                  long topicRecords, long idsPublishedMoreThanOnce, AssertionError mismatch) {
    }

    private final LocalStack stack;
    private final String label;

    OutageDrill(LocalStack stack, String label) {
        this.stack = stack;
        this.label = label;
    }

    Report run(Side side, DatabaseProxy.Outage how) {
        Database source = stack.postgres().source();
        Database target = stack.postgres().target();
        try (DatabaseProxy proxy = DatabaseProxy.inFrontOf(side == Side.SOURCE ? source : target)) {
            ConnectorJson sourceJson = StackUnderTest.repoConnector("source_connector.json").pointedAt(source);
            ConnectorJson sinkJson = StackUnderTest.repoConnector("sink_connector.json").pointedAt(target);
            if (side == Side.SOURCE) {
                sourceJson = sourceJson.with("connection.url", proxy.urlOf(source));
            } else {
                sinkJson = sinkJson.with("connection.url", proxy.urlOf(target));
            }
            String affected = side == Side.SOURCE ? sourceJson.name() : sinkJson.name();
            ConnectorStates states = new ConnectorStates(stack.rest());
            WorkerLog log = new WorkerLog(stack);

            IrisGenerator generator = IrisGenerator.start(source, Duration.ofMillis(10));
            stack.rest().create(sourceJson.asJson());
            stack.rest().create(sinkJson.asJson());
            states.awaitRunning(sourceJson.name(), sinkJson.name());
            Eventually.within(Duration.ofSeconds(60), () -> target.count("iris_data") >= 200,
                () -> "target has " + target.count("iris_data") + " rows, expected 200 or more before the outage");

            long mark = log.mark();
            proxy.cut(how);
            Set<String> seen = watchStates(affected, OUTAGE);
            long rowsAtHeal = source.count("iris_data");
            proxy.heal();
            Instant healed = Instant.now();
            List<String> warnings = log.linesSince(mark).stream()
                .filter(l -> (l.contains(" WARN ") || l.contains(" ERROR ")) && l.contains("[" + affected + "|task-"))
                .collect(Collectors.toList());
            Eventually.within(Duration.ofSeconds(90), () -> target.count("iris_data") >= rowsAtHeal,
                () -> "target has " + target.count("iris_data") + " rows, source had " + rowsAtHeal
                    + " when the outage ended; " + affected + " " + states.describe(affected));
            Duration recovery = Duration.between(healed, Instant.now());
            long written = generator.stop();
            return report(sinkJson.name(), seen, warnings, recovery, written);
        }
    }

    /** Every task and connector state the status endpoint shows, sampled each second for {@code length}. */
    private Set<String> watchStates(String connector, Duration length) {
        Set<String> seen = new TreeSet<>();
        Instant end = Instant.now().plus(length);
        while (Instant.now().isBefore(end)) {
            var status = stack.rest().status(connector);
            seen.add("connector " + status.path("connector").path("state").asText());
            status.path("tasks").forEach(t -> seen.add("task " + t.path("state").asText()));
            Pause.of(Duration.ofSeconds(1));
        }
        return seen;
    }

    private Report report(String sink, Set<String> seen, List<String> warnings, Duration recovery, long written) {
        DeliveryChecks checks = new DeliveryChecks(stack, sink);
        AssertionError mismatch = null;
        try {
            checks.awaitTargetEqualsSource(Duration.ofSeconds(60));
        } catch (AssertionError e) {
            mismatch = e;
        }
        Set<Integer> sourceIds = ids(stack.postgres().source());
        Set<Integer> targetIds = ids(stack.postgres().target());
        long lost = sourceIds.stream().filter(id -> !targetIds.contains(id)).count();
        long targetRows = stack.postgres().target().count("iris_data");
        Map<Integer, Long> perId = checks.idCounts(TOPIC);
        long topicRecords = perId.values().stream().mapToLong(Long::longValue).sum();
        long repeated = perId.values().stream().filter(n -> n > 1).count();
        Report report = new Report(seen, warnings, recovery, written, targetRows, lost,
            targetRows - targetIds.size(), topicRecords, repeated, mismatch);
        System.out.printf("%s: %d s outage; rows written %d, in target %d, lost %d, duplicated in target %d; "
                + "topic records %d, ids published more than once %d; caught up %.1f s after the heal; "
                + "states during the outage %s; %d WARN/ERROR lines naming the connector:%n%s%n",
            label, OUTAGE.toSeconds(), written, targetRows, lost, report.duplicatedInTarget(), topicRecords,
            repeated, recovery.toMillis() / 1000.0, seen, warnings.size(), warnings.stream()
                .map(l -> "  " + (l.length() > 300 ? l.substring(0, 300) + "..." : l))
                .collect(Collectors.joining("\n")));
        return report;
    }

    private static Set<Integer> ids(Database database) {
        return IrisRows.of(database).stream().map(IrisRows.Row::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
