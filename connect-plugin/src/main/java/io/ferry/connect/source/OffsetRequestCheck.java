package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.source.query.OffsetShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Decides whether the offsets API (PATCH and DELETE /connectors/{name}/offsets) may store these
 * offsets for this connector's config: only what the task would read back as written. A reset
 * (a null offset) is accepted for any partition of Ferry's shape, also of a table no longer read;
 * an offset only for a partition the task looks up (the custom query's, or a table's the config
 * reads) and only in the shape of the configured mode.
 */
final class OffsetRequestCheck {
    private final SourceSettings settings;
    private final Supplier<SelectedTables> selected;
    private SelectedTables tables;

    /** @param selected lists the tables the config reads; called at most once, and only for an offset of a table */
    OffsetRequestCheck(SourceSettings settings, Supplier<SelectedTables> selected) {
        this.settings = settings;
        this.selected = selected;
    }

    /** @throws ConnectException naming each refused partition and what is expected instead */
    void check(Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets) {
        List<String> problems = new ArrayList<>();
        offsets.forEach((partition, offset) -> {
            String problem = problem(partition, offset);
            if (problem != null) {
                problems.add("partition " + partition + ": " + problem);
            }
        });
        if (!problems.isEmpty()) {
            throw new ConnectException("Refused the offsets of " + String.join("; ", problems));
        }
    }

    private String problem(Map<String, ?> partition, Map<String, ?> offset) {
        String shape = OffsetShapes.partitionProblem(partition);
        if (shape != null) {
            return shape + "; expected " + OffsetShapes.EXPECTED_PARTITIONS;
        }
        if (offset == null) {
            return null;
        }
        String offsetShape = OffsetShapes.offsetProblem(settings.mode(), offset);
        if (offsetShape != null) {
            return "offset " + offset + ": " + offsetShape + "; expected " + OffsetShapes.expectedOffset(settings.mode());
        }
        return partitionSourceProblem(partition);
    }

    /** Whether the task reads the partition's offset: the custom query's, or a table's the config reads. */
    private String partitionSourceProblem(Map<String, ?> partition) {
        boolean query = OffsetShapes.isQueryPartition(partition);
        if (settings.query().isSet()) {
            return query ? null : "the connector reads a custom query, whose partition is {\"query\": \"query\"}";
        }
        if (query) {
            return "the connector reads tables, not a custom query: expected a table's partition, "
                + OffsetShapes.EXPECTED_PARTITIONS;
        }
        if (tables == null) {
            tables = selected.get();
        }
        return tables.includePartition(partition) ? null
            : "not a table the connector reads (it reads " + tables + ")";
    }
}
