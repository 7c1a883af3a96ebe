package io.ferry.connect.sink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a table's buffered rows, in record order, into runs of consecutive rows of the same
 * shape. Runs are executed in order in one transaction, so a delete that follows a write of the
 * same key (or the other way round) is applied after it.
 *
 * <p>Within a run, a repeated key keeps only its last row when keys are known to be unique
 * targets (upsert and update modes, and deletes): one multi-row upsert cannot touch a row twice,
 * and applying only the last of several same-shaped writes gives the same result as applying
 * them all in order.
 */
final class RunPlanner {
    private final boolean dedupeWrites;

    /** @param dedupeWrites whether writes are by key (upsert/update), so the last write of a key wins */
    RunPlanner(boolean dedupeWrites) {
        this.dedupeWrites = dedupeWrites;
    }

    List<WriteRun> plan(List<SinkRow> rows) {
        List<WriteRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).shape().equals(rows.get(start).shape())) {
                runs.add(run(rows.subList(start, i)));
                start = i;
            }
        }
        return runs;
    }

    private WriteRun run(List<SinkRow> rows) {
        RowShape shape = rows.get(0).shape();
        boolean dedupe = shape.kind() == RowShape.Kind.DELETE || dedupeWrites;
        if (!dedupe || shape.keyColumns().isEmpty()) {
            return new WriteRun(shape, new ArrayList<>(rows));
        }
        Map<List<Object>, SinkRow> lastByKey = new LinkedHashMap<>();
        for (SinkRow row : rows) {
            List<Object> key = row.key();
            lastByKey.remove(key); // so the row takes the position of its last occurrence
            lastByKey.put(key, row);
        }
        return new WriteRun(shape, new ArrayList<>(lastByKey.values()));
    }
}
