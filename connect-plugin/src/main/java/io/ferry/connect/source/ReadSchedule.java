package io.ferry.connect.source;

import io.ferry.connect.source.query.CommitFrontier;
import io.ferry.connect.source.query.TableReader;
import io.ferry.connect.source.wakeup.Wakeup;
import io.ferry.connect.sql.TableId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides which table to read next and when: a table whose last page came back full is due
 * again at once, one that had nothing more waits {@code poll.interval.ms}, one whose rows wait for
 * other transactions to end is checked again after {@link CommitFrontier#RECHECK_MS} (or the
 * poll interval, if shorter). A bulk scan with an
 * open cursor is finished before any other table is read (the cursor lives in a transaction).
 * A wake-up makes the tables it names due at once.
 */
final class ReadSchedule {
    private final Map<TableReader, Long> dueAt = new LinkedHashMap<>();
    private final long pollIntervalMs;

    ReadSchedule(List<TableReader> readers, long now, long pollIntervalMs) {
        this.pollIntervalMs = pollIntervalMs;
        readers.forEach(r -> dueAt.put(r, now));
    }

    /** The reader to read next; {@code null} when there is none. */
    TableReader next() {
        TableReader next = null;
        for (Map.Entry<TableReader, Long> entry : dueAt.entrySet()) {
            if (entry.getKey().midScan()) {
                return entry.getKey();
            }
            if (next == null || entry.getValue() < dueAt.get(next)) {
                next = entry.getKey();
            }
        }
        return next;
    }

    /** How long until a reader is due; 0 when it is due now. */
    long waitMs(TableReader reader, long now) {
        return reader == null ? pollIntervalMs : Math.max(0, dueAt.get(reader) - now);
    }

    /** Records a finished read: due again now if more rows may be waiting, else after the interval. */
    void read(TableReader reader, long now) {
        long delay = pollIntervalMs;
        if (reader.mayHaveMore()) {
            delay = 0;
        } else if (reader.awaitsCommits()) {
            delay = Math.min(pollIntervalMs, CommitFrontier.RECHECK_MS);
        }
        dueAt.put(reader, now + delay);
    }

    /**
     * Makes the tables a wake-up names due now: every table (and the custom query) when it names none
     * of them (or says so).
     */
    void wake(Wakeup wakeup, long now) {
        if (wakeup.isEmpty()) {
            return;
        }
        Map<TableId, TableReader> byTable = new LinkedHashMap<>();
        dueAt.keySet().stream().filter(r -> !r.table().source().isQuery()).forEach(r -> byTable.put(r.table().id(), r));
        boolean every = wakeup.wakesEveryTable(byTable.keySet());
        Collection<TableReader> woken = every ? new ArrayList<>(dueAt.keySet())
            : wakeup.named(byTable.keySet()).stream().map(byTable::get).collect(Collectors.toList());
        for (TableReader reader : woken) {
            dueAt.merge(reader, now, Math::min);
        }
    }
}
