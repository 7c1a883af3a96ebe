package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    private static Optional<Instant> bound(TimestampFrontier frontier) throws Exception {
        return frontier.bounds(NO_DATABASE).finalBelow();
    }

    private static Instant before(long ms) {
        return NOW.minusMillis(ms);
    }

    @Test
    void withNoTransactionOpenEveryRowBelowTheClockIsFinal() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);

        assertThat(bound(frontier)).contains(before(WINDOW));
        dbClock = NOW.plusSeconds(5);
        assertThat(bound(frontier)).as("each bound asks again").contains(NOW.plusSeconds(5).minusMillis(WINDOW));
        assertThat(clockAsked).isEqualTo(2);
        assertThat(listAsked).isEqualTo(2);
    }

    @Test
    void followsTheOldestStartOfTheOpenTransactions() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", before(2_000));
        open.put("vxid:4/20", before(500));

        assertThat(bound(frontier)).contains(before(2_000));

        open.remove("vxid:3/10");
        open.put("vxid:5/30", NOW.plusMillis(1)); // began after the clock was read: stamps rows above it
        assertThat(bound(frontier)).contains(before(500));

        open.remove("vxid:4/20");
        assertThat(bound(frontier)).contains(before(WINDOW));
    }

    @Test
    void theDelayLowersTheBoundBelowEachStartForWritersWhoseClocksLag() throws Exception {
        TimestampFrontier frontier = frontier(1_000, 60_000);
        open.put("vxid:3/10", before(200));

        TimestampFrontier.Bounds bounds = frontier.bounds(NO_DATABASE);
        assertThat(bounds.finalBelow()).contains(before(1_200));
        assertThat(bounds.readBelow()).as("rows are read up to Confluent's bound, and those above the final one held")
            .isEqualTo(before(1_000));
        open.clear();
        assertThat(bound(frontier)).contains(before(1_000 + WINDOW));
    }

    @Test
    void aTransactionOfHiddenStartOnTheFirstListHoldsEveryRowUntilItEnds() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", null);

        assertThat(bound(frontier)).isEmpty();
        open.clear();
        assertThat(bound(frontier)).contains(before(WINDOW));
    }

    @Test
    void aTransactionOfHiddenStartFirstListedLaterStartedAfterTheClockReadBeforeTheListBefore() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        bound(frontier);
        dbClock = NOW.plusSeconds(10);
        open.put("vxid:3/10", null);

        assertThat(bound(frontier)).contains(before(WINDOW));
        dbClock = NOW.plusSeconds(20);
        assertThat(bound(frontier)).as("the floor stays that of its first list").contains(before(WINDOW));
    }

    @Test
    void aPreparedTransactionThatAppearsMayBeOneThatLeftItsBackendAndHoldsFromItsStart() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        open.put("vxid:3/10", before(2_000));
        open.put("vxid:4/20", before(500));
        assertThat(bound(frontier)).contains(before(2_000));

        open.remove("vxid:3/10"); // prepared meanwhile, under its gid
        open.put("2pc:order-17", null);
        assertThat(bound(frontier)).contains(before(2_000));

        open.clear();
        assertThat(bound(frontier)).contains(before(WINDOW));
    }

    @Test
    void theBoundNeverFalls() throws Exception {
        TimestampFrontier frontier = frontier(0, 60_000);
        assertThat(bound(frontier)).contains(before(WINDOW));

        dbClock = NOW.plusSeconds(1);
        open.put("2pc:left-over", null); // appeared since: any of the transactions gone since the last list
        open.put("vxid:9/90", before(10_000)); // a start the role may see only now
        assertThat(bound(frontier)).contains(before(WINDOW));
    }

    @Test
    void aTransactionOpenLongerThanTheMaxWaitIsGivenUp() throws Exception {
        TimestampFrontier frontier = frontier(0, 1_000);
        open.put("vxid:3/10", before(2_000));
        assertThat(bound(frontier)).contains(before(2_000));

        taskClock.advance(999);
        assertThat(bound(frontier)).contains(before(2_000));
        taskClock.advance(1);
        assertThat(bound(frontier)).contains(before(WINDOW));

        dbClock = NOW.plusSeconds(1);
        open.put("vxid:4/40", NOW.plusMillis(500));
        assertThat(bound(frontier)).as("a newer transaction is waited for, from its own start")
            .contains(NOW.plusMillis(500));
    }

    @Test
    void aZeroMaxWaitTurnsTheFrontierOffAsConfluentsConnectorReads() throws Exception {
        TimestampFrontier frontier = frontier(250, 0);
        open.put("vxid:3/10", before(2_000));

        assertThat(bound(frontier)).contains(before(250));
        assertThat(frontier.bounds(NO_DATABASE).readBelow()).isEqualTo(before(250));
        assertThat(listAsked).isZero();
    }
}
