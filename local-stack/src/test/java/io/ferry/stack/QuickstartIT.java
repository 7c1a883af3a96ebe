package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Database;
import io.ferry.testing.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * docs/operations.md, "The quickstart": the quickstart as a user runs it (its own JVM), showing
 * rows arriving in the target within a minute and leaving no process behind when it is stopped
 * (SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT).
 */
class QuickstartIT {
    /** elapsed, source rows, topic records, target rows, lag, latency, connectors. */
    private static final Pattern PROGRESS = Pattern.compile(
        "^\\s*\\d+ s\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(-?\\d+)\\s+(-|\\d+ ms|[\\d.]+ s|\\d+ min \\d+ s)\\s+(.*)$");
    private static final Pattern TARGET_URL = Pattern.compile("Target DB\\s+(jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/targetdatabase)");
    private static final Pattern REST_URL = Pattern.compile("Connect REST\\s+(http://127\\.0\\.0\\.1:\\d+)");

    private Process quickstart;
    private Path workDir;
    private Path consoleFile;

    @Test
    void showsRowsArrivingInTheTargetAndLeavesNoProcessBehindWhenStopped() throws Exception {
        quickstart = start("--interval-ms=10");

        Eventually.within(Duration.ofSeconds(60), () -> latestProgress().filter(p -> p.targetRows() > 0).isPresent(),
            () -> "no progress line with rows in the target; console:\n" + consoleText());
        Progress progress = latestProgress().orElseThrow();
        assertThat(progress.connectors()).isEqualTo("source RUNNING, sink RUNNING");
        assertThat(progress.sourceRows()).isGreaterThanOrEqualTo(progress.topicRecords());
        assertThat(progress.topicRecords()).isGreaterThanOrEqualTo(progress.targetRows());
        assertThat(progress.lag()).isEqualTo(progress.sourceRows() - progress.targetRows());
        assertThat(progress.latency()).isNotEqualTo("-");

        // What the quickstart prints is enough to look around: the target database and the REST API.
        Matcher target = find(TARGET_URL);
        Database targetDb = Database.at(LocalPorts.HOST, Integer.parseInt(target.group(2)), "targetdatabase", "targetuser",
            "targetpassword");
        assertThat(targetDb.url()).isEqualTo(target.group(1));
        assertThat(targetDb.count("iris_data")).isGreaterThan(0);
        assertThat(new ConnectRestClient(find(REST_URL).group(1)).status("postgres-sink-connector")
            .path("connector").path("state").asText()).isEqualTo("RUNNING");

        List<ProcessHandle> children = quickstart.toHandle().descendants().collect(Collectors.toList());
        ProcessHandle postmaster = postmaster();
        assertThat(children).as("the worker's JVM").isNotEmpty();
        assertThat(postmaster.isAlive()).isTrue();

        quickstart.destroy();
        assertThat(quickstart.waitFor(60, TimeUnit.SECONDS)).as("quickstart exited; console:\n%s", consoleText()).isTrue();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        Eventually.within(Duration.ofSeconds(10), () -> !postmaster.isAlive(), () -> "PostgreSQL " + postmaster.pid() + " still runs");
        assertThat(console()).contains("Stopped everything the quickstart started.").noneMatch(l -> l.contains("failed"));
        // As after every stack test: the worker never logged a database password.
        Database sourceDb = Database.at(LocalPorts.HOST, targetDb.port(), "mydatabase", "myuser", "mypassword");
        PasswordsNeverLogged.in(new WorkerLog(workDir.resolve("connect").resolve("worker.log")), sourceDb, targetDb);
    }

    @Test
    void rejectsAnIntervalThatIsNotANumberWithTheUsage() throws Exception {
        quickstart = start("--interval-ms=often");

        assertThat(quickstart.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(quickstart.exitValue()).isEqualTo(2);
        assertThat(consoleText()).contains("--interval-ms must be a whole number of milliseconds >= 0, not often");
    }

    @AfterEach
    void leaveNothingRunning() throws Exception {
        if (quickstart == null || !quickstart.isAlive()) {
            return;
        }
        List<ProcessHandle> children = quickstart.toHandle().descendants().collect(Collectors.toList());
        quickstart.destroy();
        if (!quickstart.waitFor(60, TimeUnit.SECONDS)) {
            quickstart.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            postmasterIfRunning().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private Process start(String... args) throws IOException {
        Path stackDir = Paths.get(System.getProperty("ferry.work.dir"));
        workDir = stackDir.resolve(QuickstartIT.class.getSimpleName());
        // A file, not a pipe: reading a pipe while the process exits can fail with "Stream closed".
        consoleFile = stackDir.resolve(QuickstartIT.class.getSimpleName() + "-console.txt");
        Files.createDirectories(stackDir);
        List<String> command = new ArrayList<>(List.of(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.timezone=" + TimeZone.getDefault().getID(),
            "-cp", System.getProperty("java.class.path"),
            Quickstart.class.getName(),
            "--repo-root=" + StackUnderTest.repoRoot(),
            "--work-dir=" + workDir));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(consoleFile.toFile()).start();
    }

    private List<String> console() {
        try {
            return Files.readAllLines(consoleFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Progress> latestProgress() {
        List<String> console = console();
        for (int i = console.size() - 1; i >= 0; i--) {
            Matcher m = PROGRESS.matcher(console.get(i));
            if (m.matches()) {
                return Optional.of(new Progress(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), m.group(5), m.group(6).trim()));
            }
        }
        return Optional.empty();
    }

    private Matcher find(Pattern pattern) {
        for (String line : console()) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("No line matches " + pattern + "; console:\n" + consoleText());
    }

    /** PostgreSQL detaches from the JVM that starts it; its pid is in the data directory. */
    private ProcessHandle postmaster() {
        return postmasterIfRunning().orElseThrow(() -> new AssertionError("no running postmaster under " + workDir));
    }

    private Optional<ProcessHandle> postmasterIfRunning() {
        Path pidFile = workDir.resolve("postgres").resolve("data").resolve("postmaster.pid");
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String consoleText() {
        return String.join("\n", console());
    }

    private record Progress(long sourceRows, long topicRecords, long targetRows, long lag, String latency,
                            String connectors) {
    }
}
