package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.source.query.CommitFrontier;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.query.TableReader;
import io.ferry.connect.source.wakeup.Wakeup;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class ReadScheduleTest {
    /** A reader whose last page was full (more may wait) or not, and whose cursor is open or not. */
    private static final class StubReader implements TableReader {
        boolean full;
        boolean scanning;
        boolean awaiting;
        private final SourceTable table;

        StubReader(String name) {
            table = SourceTable.of(new TableId("public", name), List.of(),
                new PostgresTypes(ZoneId.of("UTC"), NumericMapping.NONE));
        }

        @Override
        public SourceTable table() {
            return table;
        }

        @Override
        public List<SourceRecord> read(Connection connection) {
            return List.of();
        }

        @Override
        public int rowsRead() {
            return 0;
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

    private final StubReader first = new StubReader("first");
    private final StubReader second = new StubReader("second");
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

    @Test
    void aWakeupNamingATableMakesItAloneDueAtOnce() {
        schedule.read(first, 1_000);
        schedule.read(second, 1_000);

        schedule.wake(Wakeup.of(Set.of("public.second")), 1_500);

        assertThat(schedule.next()).isSameAs(second);
        assertThat(schedule.waitMs(second, 1_500)).isZero();
        assertThat(schedule.waitMs(first, 1_500)).isEqualTo(4_500);
    }

    @Test
    void aWakeupNamingNoneOfTheTablesMakesEveryTableDue() {
        schedule.read(first, 1_000);
        schedule.read(second, 1_000);

        schedule.wake(Wakeup.of(Set.of("something changed")), 1_500);

        assertThat(schedule.waitMs(first, 1_500)).isZero();
        assertThat(schedule.waitMs(second, 1_500)).isZero();
    }

    @Test
    void aWakeupNeverPutsOffATableThatIsDueSooner() {
        first.full = true;
        schedule.read(first, 1_000);

        schedule.wake(Wakeup.everyTable(), 1_200);

        assertThat(schedule.next()).isSameAs(first);
        assertThat(schedule.waitMs(first, 1_200)).isZero();
    }
}
