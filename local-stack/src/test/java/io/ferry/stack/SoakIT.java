package io.ferry.stack;

import static io.ferry.stack.StackUnderTest.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.testing.Pause;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5, scenario 7, run by its own command (not in the default test run):
 * {@code mvn -B -pl connect-plugin -am package -DskipTests && mvn -B -pl local-stack -am verify -Psoak}.
 * The seed's pipeline under a steady load (default 2,000 rows/s for 10 minutes) while the
 * worker is restarted every 2 minutes, alternately killed (SIGKILL) and stopped gracefully.
 * At the end: no row lost, the target equals the source, the worker's heap stayed bounded.
 * Tunable with -Dsoak.minutes, -Dsoak.rows.per.second and -Dsoak.restart.every.seconds.
 */
class SoakIT {
    private static final double MINUTES = Double.parseDouble(System.getProperty("soak.minutes", "10"));
    private static final int ROWS_PER_SECOND = Integer.getInteger("soak.rows.per.second", 2_000);
    private static final int RESTART_EVERY_SECONDS = Integer.getInteger("soak.restart.every.seconds", 120);
    /** The worker's -Xmx (see ChildJvm). */
    private static final long WORKER_MAX_HEAP_MB = 512;

    @RegisterExtension
    static final LocalStackExtension stack = LocalStackExtension.bundled();

    @Test
    void losesNothingAndKeepsTheHeapBoundedUnderSteadyLoadWithRegularRestarts() throws IOException {
        ConnectorJson source = StackUnderTest.repoConnector("source_connector.json").pointedAt(stack.postgres().source());
        ConnectorJson sink = StackUnderTest.repoConnector("sink_connector.json").pointedAt(stack.postgres().target());
        ConnectorStates states = new ConnectorStates(stack.rest());
        stack.rest().create(source.asJson());
        stack.rest().create(sink.asJson());
        states.awaitRunning(source.name(), sink.name());

        long started = System.nanoTime();
        long endAt = started + (long) (MINUTES * 60e9);
        int restarts = 0;
        IrisGenerator generator = IrisGenerator.atRate(stack.postgres().source(), ROWS_PER_SECOND);
        try (WorkerMemory memory = new WorkerMemory(stack.worker()::pid, 10_000)) {
            long nextRestart = started + RESTART_EVERY_SECONDS * 1_000_000_000L;
            while (nextRestart < endAt) {
                Pause.of(Duration.ofNanos(nextRestart - System.nanoTime()));
                restart(++restarts % 2 == 1);
                states.awaitRunning(source.name(), sink.name());
                nextRestart += RESTART_EVERY_SECONDS * 1_000_000_000L;
            }
            Pause.of(Duration.ofNanos(endAt - System.nanoTime()));
            long written = generator.stop();
            double seconds = (System.nanoTime() - started) / 1e9;
            long backlog = written - stack.postgres().target().count("iris_data");
            long drainStarted = System.nanoTime();

            DeliveryChecks checks = new DeliveryChecks(stack.get(), sink.name());
            checks.awaitTargetEqualsSource(Duration.ofMinutes(10));
            double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
            DeliveryFigures figures = checks.figures(TOPIC, false);
            System.out.println(figures.describe(String.format("SoakIT, %.1f min at %d rows/s asked (%.0f rows/s written)",
                seconds / 60, ROWS_PER_SECOND, written / seconds)));
            System.out.printf("SoakIT: %d worker restarts (every %d s, SIGKILL and graceful alternately); "
                    + "target %d rows behind when writing stopped, equal to the source %.1f s later; "
                    + "worker max RSS %d MB, max heap used %d MB of %d MB (%d samples)%n",
                restarts, RESTART_EVERY_SECONDS, backlog, drainSeconds, memory.maxRssMb(), memory.maxHeapUsedMb(),
                WORKER_MAX_HEAP_MB, memory.samples());

            assertThat(figures.lost()).as(figures.describe("lost")).isZero();
            assertThat(figures.targetRows()).isEqualTo(figures.written());
            assertThat(memory.samples()).isPositive();
            assertThat(memory.maxHeapUsedMb()).isLessThan(WORKER_MAX_HEAP_MB);
            assertThat(new WorkerLog(stack.get()).everyLine()).noneMatch(line -> line.contains("OutOfMemoryError"));
        } finally {
            generator.close();
        }
    }

    private static void restart(boolean kill) {
        if (kill) {
            stack.worker().kill();
        } else {
            stack.worker().stop();
        }
        System.out.printf("SoakIT: worker %s with %d rows in the source, %d in the target%n",
            kill ? "killed" : "stopped", stack.postgres().source().count("iris_data"),
            stack.postgres().target().count("iris_data"));
        stack.worker().start();
    }
}
