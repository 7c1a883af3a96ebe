package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.source.query.CommitFrontier;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.query.TableReader;
import java.sql.Connection;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class ReadScheduleTest {
    /** A reader whose last page was full (more may wait) or not, and whose cursor is open or not. */
    private static final class StubReader implements TableReader {
        boolean full;
        boolean scanning;
        boolean awaiting;

        @Override
        public SourceTable table() {
            return null;
        }

        @Override
        public List<SourceRecord> read(Connection connection) {
            return List.of();
        }

        @Override
        public boolean mayHaveMore() {
            return full;
        }

        @Override
        public boolean midScan() {
            return scanning;
        }

        @Override
        public boolean awaitsCommits() {
            return awaiting;
        }

        @Override
        public void close() {
        }
    }

    private final StubReader first = new StubReader();
    private final StubReader second = new StubReader();
    private final ReadSchedule schedule = new ReadSchedule(List.of(first, second), 1_000, 5_000);

    @Test
    void readsEveryTableAtOnceAtStart() {
        assertThat(schedule.next()).isSameAs(first);
        assertThat(schedule.waitMs(first, 1_000)).isZero();
    }

    @Test
    void waitsThePollIntervalBeforeReadingATableThatHadNothingMore() {
        schedule.read(first, 1_000);
        schedule.read(second, 1_200);

        assertThat(schedule.next()).isSameAs(first);
        assertThat(schedule.waitMs(first, 2_000)).isEqualTo(4_000);
    }

    @Test
    void readsATableWhosePageWasFullAgainAtOnceTakingTurnsWithOthers() {
        first.full = true;
        schedule.read(first, 1_010);

        assertThat(schedule.next()).isSameAs(second);
        schedule.read(second, 1_020);
        assertThat(schedule.next()).isSameAs(first);
        assertThat(schedule.waitMs(first, 1_020)).isZero();
    }

    @Test
    void checksATableWhoseRowsWaitForOtherTransactionsAgainSoonerThanThePollInterval() {
        first.awaiting = true;
        schedule.read(first, 1_000);
        schedule.read(second, 1_000);

        assertThat(schedule.next()).isSameAs(first);
        assertThat(schedule.waitMs(first, 1_000)).isEqualTo(CommitFrontier.RECHECK_MS);
    }

    @Test
    void finishesAnOpenBulkScanBeforeReadingAnotherTable() {
        schedule.read(first, 1_000);
        second.scanning = true;
        schedule.read(second, 1_000);

        assertThat(schedule.next()).isSameAs(second);
    }

    @Test
    void waitsAWholeIntervalWhenThereIsNoTable() {
        ReadSchedule empty = new ReadSchedule(List.of(), 0, 5_000);

        assertThat(empty.next()).isNull();
        assertThat(empty.waitMs(null, 0)).isEqualTo(5_000);
    }
}
