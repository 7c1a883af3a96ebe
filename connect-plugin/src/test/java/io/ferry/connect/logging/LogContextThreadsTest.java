package io.ferry.connect.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The threads' names and what they run. That they carry the logging context is checked on a real
 * worker (MetricsStackIT): the tests' slf4j-simple keeps no MDC.
 */
class LogContextThreadsTest {
    @Test
    void makesNamedDaemonThreadsThatRunTheirBody() throws Exception {
        LogContextThreads threads = new LogContextThreads("ferry-test");
        AtomicBoolean ran = new AtomicBoolean();

        Thread thread = threads.newThread(() -> ran.set(true));
        thread.start();
        thread.join();

        assertThat(ran).isTrue();
        assertThat(thread.getName()).isEqualTo("ferry-test");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(threads.newThread(() -> { }).getName()).isEqualTo("ferry-test-2");
    }
}
