package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimestampFrontierTest {
    private static final Connection NO_DATABASE = null;
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.000100Z");
    private static final long WINDOW = TimestampFrontier.START_WINDOW_MS;

    /** The database as the test sets it: its clock and the transactions open, counting the questions. */
    private Instant dbClock = NOW;
    private final Map<String, Instant> open = new HashMap<>();
    private int clockAsked;
    private int listAsked;
    private final SteppedClock taskClock = new SteppedClock();

    private TimestampFrontier frontier(long delayMs, long maxWaitMs) {
        return new TimestampFrontier("Table public.t", new TimestampFrontier.Database() {
            @Override
            public Instant clock(Connection connection) {
                clockAsked++;
                return dbClock;
            }

            @Override
            public Map<String, Instant> open(Connection connection) {
                listAsked++;
                return new HashMap<>(open);
            }
        }, delayMs, maxWaitMs, taskClock);
    }

    private static Instant before(long ms) {
        return NOW.minusMillis(ms);
    }

    @Test
    void withNoTransactionOpenEveryRowBelowTheClockIsFinalAtOnce() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);

        assertThat(frontier.bound(NO_DATABASE)).contains(before(WINDOW));
        assertThat(frontier.waiting()).isFalse();
        assertThat(frontier.bound(NO_DATABASE)).as("same cycle, no new question").contains(before(WINDOW));
        assertThat(clockAsked).isEqualTo(1);
        assertThat(listAsked).isEqualTo(1);
    }

    @Test
    void aNewCycleTakesANewHighWaterMark() throws Exception {
        TimestampFrontier frontier = frontier(1_000, 60_000);
        frontier.bound(NO_DATABASE);
        frontier.endCycle();
        dbClock = NOW.plusSeconds(5);

        assertThat(frontier.bound(NO_DATABASE)).contains(NOW.plusSeconds(5).minusMillis(1_000 + WINDOW));
    }

    @Test
    void rowsBelowTheOldestStartOfTheOpenTransactionsAreFinalAndTheRestWhenTheyHaveEnded() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", before(2_000));
        open.put("vxid:4/20", before(500));

        assertThat(frontier.bound(NO_DATABASE)).contains(before(2_000));
        assertThat(frontier.waiting()).isTrue();

        open.remove("vxid:3/10");
        open.put("vxid:5/30", NOW.plusMillis(1)); // began after the list: stamps rows above the high-water mark
        assertThat(frontier.bound(NO_DATABASE)).contains(before(500));

        open.remove("vxid:4/20");
        assertThat(frontier.bound(NO_DATABASE)).contains(before(WINDOW));
        assertThat(frontier.waiting()).isFalse();
    }

    @Test
    void theDelayLowersTheBoundBelowEachStartForWritersWhoseClocksLag() throws Exception {
        TimestampFrontier frontier = frontier(1_000, 60_000);
        open.put("vxid:3/10", before(200));

        assertThat(frontier.bound(NO_DATABASE)).contains(before(1_200));
    }

    @Test
    void aTransactionWhoseStartIsHiddenHoldsEveryRowUntilItEnds() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", null);

        assertThat(frontier.bound(NO_DATABASE)).isEmpty();
        open.clear();
        assertThat(frontier.bound(NO_DATABASE)).contains(before(WINDOW));
    }

    @Test
    void theBoundNeverFallsWhenAWaitedTransactionIsPreparedUnderANewIdentity() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", before(2_000));
        open.put("vxid:4/20", before(500));
        frontier.bound(NO_DATABASE);
        open.remove("vxid:3/10");
        assertThat(frontier.bound(NO_DATABASE)).contains(before(500));

        open.remove("vxid:4/20");
        open.put("2pc:order-17", null);
        assertThat(frontier.bound(NO_DATABASE)).contains(before(500));
        assertThat(frontier.waiting()).isTrue();

        open.clear();
        assertThat(frontier.bound(NO_DATABASE)).contains(before(WINDOW));
    }

    @Test
    void aTransactionOpenLongerThanTheMaxWaitIsGivenUpAndNotWaitedForAgain() throws Exception {
        TimestampFrontier frontier = frontier(0, 1_000);
        open.put("vxid:3/10", before(2_000));
        assertThat(frontier.bound(NO_DATABASE)).contains(before(2_000));

        taskClock.advance(999);
        assertThat(frontier.bound(NO_DATABASE)).contains(before(2_000));
        taskClock.advance(1);
        assertThat(frontier.bound(NO_DATABASE)).contains(before(WINDOW));
        assertThat(frontier.waiting()).isFalse();

        frontier.endCycle();
        assertThat(frontier.bound(NO_DATABASE)).as("the stuck transaction no longer holds rows").contains(before(WINDOW));
    }

    @Test
    void aZeroMaxWaitTurnsTheFrontierOffAsConfluentsConnectorReads() throws Exception {
        TimestampFrontier frontier = frontier(250, 0);
        open.put("vxid:3/10", before(2_000));

        assertThat(frontier.bound(NO_DATABASE)).contains(before(250));
        assertThat(frontier.waiting()).isFalse();
        assertThat(listAsked).isZero();
    }

    @Test
    void aCycleWaitingForTransactionsDoesNotEndBeforeThey() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", before(2_000));
        frontier.bound(NO_DATABASE);

        frontier.endCycle();
        dbClock = NOW.plusSeconds(10);
        open.clear();
        assertThat(frontier.bound(NO_DATABASE)).as("still the first cycle's high-water mark").contains(before(WINDOW));
        assertThat(clockAsked).isEqualTo(1);
    }
}
