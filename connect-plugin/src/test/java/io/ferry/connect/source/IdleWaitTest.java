package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.source.wakeup.Wakeup;
import io.ferry.connect.testing.BlockingCall;
import io.ferry.connect.testing.SourceConfigs;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class IdleWaitTest {
    @Test
    void anIdleTaskSleepsUntilItIsStopped() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        SourceSettings noWakeup = SourceConfig.parse(
            SourceConfigs.seed("jdbc:postgresql://127.0.0.1:1/none", "u", "p"));
        IdleWait idle = new IdleWait(noWakeup, Clock.systemUTC(), stopped);
        BlockingCall<Wakeup> sleeping = BlockingCall.start("poller", () -> idle.await(Duration.ofHours(1).toMillis()))
            .awaitWaitingOrReturned();
        assertThat(sleeping.returned()).as("sleeping").isFalse();

        stopped.countDown(); // what stop() does first

        assertThat(sleeping.result().isEmpty()).as("no wake-up, the sleep just ended").isTrue();
    }
}
