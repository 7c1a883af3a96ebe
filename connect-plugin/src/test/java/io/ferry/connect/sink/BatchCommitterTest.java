package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** One batch's transaction, with the database, the dead letter queue and the offset store stood in for. */
class BatchCommitterTest {
    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TableId TABLE = new TableId("public", "kv");
    private static final RowShape SHAPE = new RowShape(RowShape.Kind.WRITE, List.of("id"), List.of());

    private final List<String> events = new ArrayList<>();

    /** The offsets kept in the database (offsets.storage.table), or in Kafka alone. */
    private final class Offsets implements OffsetStore {
        final Map<TopicPartition, Long> inDatabase = new HashMap<>();
        private final boolean writesProgress;
        private final Map<TopicPartition, Long> read = new HashMap<>();

        Offsets(boolean writesProgress) {
            this.writesProgress = writesProgress;
        }

        @Override
        public Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) {
            events.add("read stored offsets");
            partitions.stream().filter(inDatabase::containsKey).forEach(p -> read.put(p, inDatabase.get(p)));
            return new HashMap<>(read);
        }

        @Override
        public boolean isWritten(SinkRecord record) {
            return record.kafkaOffset() < read.getOrDefault(P0, 0L);
        }

        @Override
        public boolean writesProgress() {
            return writesProgress;
        }

        @Override
        public void write(Connection connection, Map<TopicPartition, Long> nextOffsets) {
            events.add("store offsets " + nextOffsets.values());
        }

        @Override
        public void committed(Map<TopicPartition, Long> nextOffsets) {
            events.add("committed " + nextOffsets.values());
        }

        @Override
        public void forget(Collection<TopicPartition> partitions) {
            read.keySet().removeAll(partitions);
        }

        @Override
        public void forgetAll() {
            read.clear();
        }
    }

    /** The transaction: writes the rows, runs what comes before the commit, commits (none when that fails). */
    private void transaction(Map<TableId, List<WriteRun>> work, SinkWriter.BeforeCommit beforeCommit)
        throws SQLException {
        List<Long> offsets = new ArrayList<>();
        work.values().forEach(runs -> runs.forEach(run -> run.rows()
            .forEach(r -> offsets.add(r.record().kafkaOffset()))));
        events.add("write rows " + offsets);
        beforeCommit.run(null);
        events.add("commit");
    }

    /** A dead letter queue that confirms at once, saying when it is waited for. */
    private ErrantRecords confirmingQueue() {
        return new ErrantRecords((record, error) -> new CompletableFuture<Void>() {
            @Override
            public Void get(long timeout, TimeUnit unit) {
                events.add("queue confirmed offset " + record.kafkaOffset());
                return null;
            }
        }, Duration.ofHours(1));
    }

    private BatchCommitter committer(ErrantRecords errant, Offsets offsets) {
        return new BatchCommitter(new RunPlanner(true), this::transaction, errant, offsets);
    }

    private static SinkRecord record(long offset) {
        return new SinkRecord(P0.topic(), P0.partition(), null, null, null, null, offset);
    }

    /** Rows of the records at these offsets, and the progress up to {@code next}. */
    private static Batch batch(long next, long... offsets) {
        List<SinkRow> rows = new ArrayList<>();
        for (long offset : offsets) {
            rows.add(new SinkRow(record(offset), TABLE, SHAPE, Map.of("id", new ColumnValue(null, offset))));
        }
        Batch batch = new Batch();
        batch.add(rows, Map.of(P0, next));
        return batch;
    }

    @Test
    void writesTheRowsThenStoresTheProgressOnceTheDeadLetterQueueHasTheReportedRecords() throws Exception {
        ErrantRecords errant = confirmingQueue();
        errant.report(record(2), new IllegalArgumentException("bad"));

        committer(errant, new Offsets(true)).commit(batch(3, 0, 1), false);

        assertThat(events).containsExactly("write rows [0, 1]", "queue confirmed offset 2", "store offsets [3]",
            "commit", "committed [3]");
    }

    @Test
    void aBatchOfReportedRecordsAloneNeedsNoTransactionWhenKafkaKeepsTheOffsets() throws Exception {
        ErrantRecords errant = confirmingQueue();
        errant.report(record(0), new IllegalArgumentException("bad"));

        committer(errant, new Offsets(false)).commit(batch(1), false);

        assertThat(events).containsExactly("queue confirmed offset 0", "committed [1]");
    }

    @Test
    void aRetryReadsTheStoredOffsetsAgainAndWritesOnlyTheRowsTheDatabaseDoesNotHave() throws Exception {
        Offsets offsets = new Offsets(true);
        offsets.inDatabase.put(P0, 2L); // the failed attempt's commit went through for part of the rows

        committer(confirmingQueue(), offsets).commit(batch(4, 0, 1, 2, 3), true);

        assertThat(events).containsExactly("read stored offsets", "write rows [2, 3]", "store offsets [4]", "commit",
            "committed [4]");
    }

    @Test
    void aDeadLetterQueueThatDoesNotConfirmInTimeRollsTheBatchBackAsARetriableFailure() {
        ErrantRecords errant = new ErrantRecords((record, error) -> new CompletableFuture<>(), Duration.ofMillis(1));
        errant.report(record(1), new IllegalArgumentException("bad"));
        BatchCommitter committer = committer(errant, new Offsets(true));

        assertThatThrownBy(() -> committer.commit(batch(2, 0), false)).isInstanceOf(RetriableException.class)
            .hasMessageContaining("dead letter queue did not confirm");
        assertThat(events).as("nothing stored, nothing committed").containsExactly("write rows [0]");
    }
}
