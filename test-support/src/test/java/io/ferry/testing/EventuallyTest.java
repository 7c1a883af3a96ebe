package io.ferry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {
    @Test
    void returnsAsSoonAsTheConditionHolds() {
        AtomicInteger asked = new AtomicInteger();

        Eventually.within(Duration.ofSeconds(10), () -> asked.incrementAndGet() == 3, () -> "asked " + asked);

        assertThat(asked).hasValue(3);
    }

    @Test
    void failsWithTheLastStateAndTheTimeWaited() {
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> Eventually.within(Duration.ofMillis(300), () -> asked.incrementAndGet() < 0,
            () -> "asked " + asked.get() + " times"))
            .isInstanceOf(AssertionError.class).hasMessageMatching("asked \\d+ times after 0 s").hasNoCause();
        assertThat(asked.get()).as("asked at once, then again until the deadline").isGreaterThan(2);
    }

    @Test
    void countsAThrowingConditionAsNotYetAndReportsTheLastError() {
        AtomicInteger asked = new AtomicInteger();

        Eventually.within(Duration.ofSeconds(10), () -> {
            if (asked.incrementAndGet() < 3) {
                throw new IllegalStateException("not ready");
            }
            return true;
        }, () -> "never");
        assertThatThrownBy(() -> Eventually.within(Duration.ofMillis(100), () -> {
            throw new IllegalStateException("still down");
        }, () -> "down"))
            .isInstanceOf(AssertionError.class).hasMessage("down after 0 s")
            .hasRootCauseMessage("still down");
    }

    @Test
    void equalsReturnsOnceTheValueIsTheExpectedOne() {
        AtomicInteger value = new AtomicInteger();

        Eventually.equals("rows", value::incrementAndGet, 4);

        assertThat(value).hasValue(4);
    }
}
