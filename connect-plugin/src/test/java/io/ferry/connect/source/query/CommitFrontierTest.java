package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitFrontierTest {
    private static final Connection NO_DATABASE = null;

    /** The transactions "open now", as the test sets them; counts how often it is asked. */
    private final Set<String> open = new HashSet<>();
    private int asked;
    private final SteppedClock clock = new SteppedClock();

    private CommitFrontier frontier(long maxWaitMs) {
        return new CommitFrontier("public.t", connection -> {
            asked++;
            return new HashSet<>(open);
        }, maxWaitMs, clock);
    }

    @Test
    void theValueRightAfterTheLastEmittedOneIsFinalWithoutAskingTheDatabase() {
        CommitFrontier frontier = frontier(60_000);

        assertThat(frontier.isFinal(8, 7L)).isTrue();
        assertThat(frontier.isFinal(9, 7L)).isFalse();
        assertThat(frontier.isFinal(1, null)).as("nothing emitted yet: a smaller value may still come").isFalse();
        assertThat(asked).isZero();
    }

    @Test
    void valuesAfterAGapBecomeFinalOnceTheTransactionsOpenAtTheReadHaveEnded() throws Exception {
        CommitFrontier frontier = frontier(60_000);
        open.addAll(List.of("vxid:3/10", "vxid:4/20"));

        assertThat(frontier.hold(NO_DATABASE, 12)).isFalse();
        open.remove("vxid:3/10");
        open.add("vxid:5/30"); // began after the read: cannot hold a value below 12
        assertThat(frontier.settle(NO_DATABASE)).isFalse();
        assertThat(frontier.isFinal(12, 7L)).isFalse();

        open.remove("vxid:4/20");
        assertThat(frontier.settle(NO_DATABASE)).isTrue();
        assertThat(frontier.waiting()).isFalse();
        assertThat(frontier.isFinal(12, 7L)).isTrue();
        assertThat(frontier.isFinal(13, 7L)).isFalse();
    }

    @Test
    void aHoldSettlesAtOnceWhenNoOtherTransactionIsOpen() throws Exception {
        CommitFrontier frontier = frontier(60_000);

        assertThat(frontier.hold(NO_DATABASE, 40)).isTrue();
        assertThat(frontier.isFinal(40, null)).isTrue();
    }

    @Test
    void aTransactionPreparedWhileWaitedForKeepsHoldingUnderItsNewIdentity() throws Exception {
        CommitFrontier frontier = frontier(60_000);
        open.add("vxid:3/10");
        frontier.hold(NO_DATABASE, 12);

        open.clear();
        open.add("2pc:order-17");
        assertThat(frontier.settle(NO_DATABASE)).isFalse();

        open.clear();
        assertThat(frontier.settle(NO_DATABASE)).isTrue();
    }

    @Test
    void aTransactionOpenLongerThanTheMaxWaitIsGivenUpAndNotWaitedForAgain() throws Exception {
        CommitFrontier frontier = frontier(1_000);
        open.add("vxid:3/10");
        frontier.hold(NO_DATABASE, 12);

        clock.advance(999);
        assertThat(frontier.settle(NO_DATABASE)).isFalse();
        clock.advance(1);
        assertThat(frontier.settle(NO_DATABASE)).isTrue();
        assertThat(frontier.isFinal(12, 7L)).isTrue();

        assertThat(frontier.hold(NO_DATABASE, 20)).as("the stuck transaction no longer holds rows").isTrue();
    }

    @Test
    void aZeroMaxWaitTurnsHoldingOff() {
        CommitFrontier frontier = frontier(0);

        assertThat(frontier.isFinal(100, 7L)).isTrue();
        assertThat(frontier.isFinal(1, null)).isTrue();
    }
}
