package io.ferry.connect.source;

import io.ferry.connect.config.SourceConfig;
import io.ferry.connect.jdbc.CatalogColumn;
import io.ferry.connect.source.query.SourceTable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * With {@code record.key.mode=primary_key}: a table keyed by its primary key's columns, or why it
 * cannot be (no primary key, or a key column of a type Ferry cannot map).
 */
final class PrimaryKeyRecordKey {
    private final SourceTable keyed;
    private final String problem;

    private PrimaryKeyRecordKey(SourceTable keyed, String problem) {
        this.keyed = keyed;
        this.problem = problem;
    }

    /** @param primaryKey the table's primary-key columns in key order, empty when it has none */
    static PrimaryKeyRecordKey resolve(SourceTable table, List<String> primaryKey) {
        if (primaryKey.isEmpty()) {
            return new PrimaryKeyRecordKey(null, "Table " + table.id() + " has no primary key, so "
                + SourceConfig.RECORD_KEY_MODE + "=primary_key cannot key its records: give it a primary key, "
                + "exclude it from the tables read, or set " + SourceConfig.RECORD_KEY_MODE + "=none");
        }
        Set<String> unmapped = table.unmappedColumns().stream().map(CatalogColumn::name).collect(Collectors.toSet());
        List<String> unreadable = primaryKey.stream().filter(unmapped::contains).collect(Collectors.toList());
        if (!unreadable.isEmpty()) {
            return new PrimaryKeyRecordKey(null, "The primary key of table " + table.id() + " has columns of types "
                + "Ferry cannot map " + unreadable + ", so " + SourceConfig.RECORD_KEY_MODE
                + "=primary_key cannot key its records");
        }
        return new PrimaryKeyRecordKey(table.keyedBy(primaryKey), null);
    }

    boolean found() {
        return problem == null;
    }

    /** The table, its records keyed by its primary key. */
    SourceTable table() {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return keyed;
    }

    /** Why the table's records cannot be keyed; {@code null} when they can. */
    String problem() {
        return problem;
    }
}
