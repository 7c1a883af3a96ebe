package io.ferry.stack;

import io.ferry.testing.Eventually;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Waits for a cluster's workers to run the tasks of some connectors, and picks a worker to take down. */
final class ClusterTasks {
    /** A killed worker's tasks wait for its session to time out and for the rebalance delay: minutes allowed. */
    private static final Duration PLACED_TIMEOUT = Duration.ofSeconds(120);

    /** How a worker logs the group's leader each time it joins the group. */
    private static final Pattern LEADER_URL = Pattern.compile("leaderUrl='([^']*?)/?'");

    private final LocalStack stack;

    ClusterTasks(LocalStack stack) {
        this.stack = stack;
    }

    /** Waits until the connectors have {@code tasks} tasks, each RUNNING on a running worker. */
    TaskPlacements awaitPlaced(List<String> connectors, int tasks) {
        return awaitPlaced(connectors, tasks, placements -> { });
    }

    /** As {@link #awaitPlaced(List, int)}, showing {@code seen} each status read while waiting. */
    TaskPlacements awaitPlaced(List<String> connectors, int tasks, Consumer<TaskPlacements> seen) {
        Eventually.within(PLACED_TIMEOUT, () -> {
            TaskPlacements placements = TaskPlacements.of(stack.rest(), connectors);
            seen.accept(placements);
            return placements.tasks().size() == tasks && placements.allRunningOn(runningWorkerIds());
        }, () -> "expected " + tasks + " tasks RUNNING on " + runningWorkerIds() + ": "
            + TaskPlacements.of(stack.rest(), connectors));
        return TaskPlacements.of(stack.rest(), connectors);
    }

    /**
     * The worker to take down: one running a task of {@code connector}, not the group's leader
     * where another does, and of those the one with the most tasks.
     */
    ConnectWorker runningATaskOf(String connector, TaskPlacements placements) {
        Optional<ConnectWorker> leader = leader();
        List<ConnectWorker> candidates = stack.cluster().running().stream()
            .filter(w -> placements.on(w.workerId()).stream().anyMatch(t -> t.connector().equals(connector)))
            .collect(Collectors.toList());
        if (candidates.size() > 1) {
            leader.ifPresent(candidates::remove);
        }
        return candidates.stream()
            .max(Comparator.comparingInt(w -> placements.on(w.workerId()).size()))
            .orElseThrow(() -> new AssertionError("no running worker runs a task of " + connector + ": " + placements));
    }

    /**
     * The group's leader as a running worker logged it when it last joined the group
     * ({@code leaderUrl='http://127.0.0.1:40123/'}); empty if none has said yet.
     */
    Optional<ConnectWorker> leader() {
        for (ConnectWorker worker : stack.cluster().running()) {
            List<String> lines = new WorkerLog(worker.logFile()).linesSince(0);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher leaderUrl = LEADER_URL.matcher(lines.get(i));
                if (leaderUrl.find()) {
                    return stack.cluster().workers().stream()
                        .filter(w -> w.restUrl().equals(leaderUrl.group(1))).findFirst();
                }
            }
        }
        return Optional.empty();
    }

    /** Starts each worker that is not running (the scenario before killed or stopped it). */
    void startStoppedWorkers() {
        for (ConnectWorker worker : stack.cluster().workers()) {
            if (!worker.isRunning()) {
                worker.start();
            }
        }
    }

    /** Deletes every connector of the cluster and waits until none is left. */
    void deleteEveryConnector() {
        ConnectRestClient rest = stack.rest();
        rest.connectors().forEach(name -> rest.delete(name.asText()));
        Eventually.within(Duration.ofSeconds(60), () -> rest.connectors().isEmpty(),
            () -> "connectors left: " + rest.connectors());
    }

    private Set<String> runningWorkerIds() {
        return stack.cluster().running().stream().map(ConnectWorker::workerId).collect(Collectors.toSet());
    }
}
