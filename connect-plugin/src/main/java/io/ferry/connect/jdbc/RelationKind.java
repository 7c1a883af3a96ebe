package io.ferry.connect.jdbc;

import java.util.Arrays;

/**
 * What kind of relation a name stands for, by PostgreSQL's {@code pg_class.relkind}, under the
 * names the JDBC driver's metadata (and so Confluent's {@code table.types}) gives them.
 */
public enum RelationKind {
    TABLE("r", "TABLE"),
    PARTITIONED_TABLE("p", "PARTITIONED TABLE"),
    VIEW("v", "VIEW"),
    MATERIALIZED_VIEW("m", "MATERIALIZED VIEW"),
    FOREIGN_TABLE("f", "FOREIGN TABLE"),
    SEQUENCE("S", "SEQUENCE"),
    INDEX("i", "INDEX"),
    PARTITIONED_INDEX("I", "PARTITIONED INDEX"),
    COMPOSITE_TYPE("c", "TYPE"),
    TOAST_TABLE("t", "TOAST TABLE");

    private final String relkind;
    private final String displayName;

    RelationKind(String relkind, String displayName) {
        this.relkind = relkind;
        this.displayName = displayName;
    }

    /** The kind of a {@code pg_class.relkind} letter. */
    public static RelationKind ofRelkind(String relkind) {
        return Arrays.stream(values()).filter(k -> k.relkind.equals(relkind)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown relkind '" + relkind + "'"));
    }

    /** TABLE, PARTITIONED TABLE, VIEW, ...: the JDBC table type name. */
    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
