package io.ferry.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which worker runs each task of some connectors, and in what state, as
 * {@code GET /connectors/{name}/status} shows it at one moment. A worker that dies leaves its
 * tasks shown RUNNING under its id until another worker runs them and says so.
 */
final class TaskPlacements {
    /** One task: {@code postgres-sink-connector-2} RUNNING on {@code 127.0.0.1:40123}. */
    record Task(String connector, int id, String state, String workerId) {
        @Override
        public String toString() {
            return connector + "-" + id + " " + state + " on " + workerId;
        }
    }

    private final List<Task> tasks;

    private TaskPlacements(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    static TaskPlacements of(ConnectRestClient rest, Collection<String> connectors) {
        List<Task> tasks = new ArrayList<>();
        for (String connector : connectors) {
            for (JsonNode task : rest.status(connector).path("tasks")) {
                tasks.add(new Task(connector, task.path("id").asInt(), task.path("state").asText(),
                    task.path("worker_id").asText()));
            }
        }
        return new TaskPlacements(tasks);
    }

    List<Task> tasks() {
        return tasks;
    }

    /** The tasks shown on {@code workerId}. */
    List<Task> on(String workerId) {
        return tasks.stream().filter(t -> t.workerId().equals(workerId)).collect(Collectors.toList());
    }

    /** The tasks of {@code connector}. */
    List<Task> of(String connector) {
        return tasks.stream().filter(t -> t.connector().equals(connector)).collect(Collectors.toList());
    }

    /** True when there are tasks and each is RUNNING on one of {@code workerIds}. */
    boolean allRunningOn(Collection<String> workerIds) {
        return !tasks.isEmpty()
            && tasks.stream().allMatch(t -> "RUNNING".equals(t.state()) && workerIds.contains(t.workerId()));
    }

    @Override
    public String toString() {
        return tasks.toString();
    }
}
