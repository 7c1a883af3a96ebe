package io.ferry.connect.sink;

import io.ferry.connect.sql.TableId;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes a {@link Batch} in one transaction: its rows, planned into runs per table, then, once
 * the dead letter queue has every record reported so far, the progress the batch makes (in the
 * database too with {@code offsets.storage.table}).
 */
final class BatchCommitter implements BackgroundWriter.Committer {
    /** Writes the planned runs in one transaction and commits it ({@link SinkWriter#write}). */
    interface TransactionWriter {
        void write(Map<TableId, List<WriteRun>> work, SinkWriter.BeforeCommit beforeCommit) throws SQLException;
    }

    private final RunPlanner planner;
    private final TransactionWriter writer;
    private final ErrantRecords errant;
    private final OffsetStore offsets;

    BatchCommitter(RunPlanner planner, TransactionWriter writer, ErrantRecords errant, OffsetStore offsets) {
        this.planner = planner;
        this.writer = writer;
        this.errant = errant;
        this.offsets = offsets;
    }

    /**
     * @param again whether an earlier attempt failed; its commit may still have gone through, so
     *              the stored offsets are read again and the rows they cover are not written twice
     */
    @Override
    public void commit(Batch batch, boolean again) throws SQLException {
        if (again && offsets.writesProgress()) {
            offsets.forgetAll();
            offsets.load(batch.partitions());
            batch.dropWritten(offsets);
        }
        Map<TopicPartition, Long> nextOffsets = batch.nextOffsets();
        if (batch.rowCount() == 0 && (nextOffsets.isEmpty() || !offsets.writesProgress())) {
            errant.awaitReported(); // no transaction needed: only the reported records make progress
        } else {
            Map<TableId, List<WriteRun>> work = new LinkedHashMap<>();
            for (TableId table : batch.tables()) {
                work.put(table, planner.plan(batch.rowsOf(table)));
            }
            writer.write(work, connection -> {
                errant.awaitReported(); // a record counts as done only once the dead letter queue has it
                offsets.write(connection, nextOffsets);
            });
        }
        offsets.committed(nextOffsets);
        errant.settled(nextOffsets);
    }
}
