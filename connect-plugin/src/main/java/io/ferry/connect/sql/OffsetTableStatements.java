package io.ferry.connect.sql;

import java.util.Arrays;

/**
 * The statements on the sink's offsets table ({@code offsets.storage.table}): one row per
 * connector, topic and partition holding the offset of the next record to write.
 */
public final class OffsetTableStatements {
    public static final String CONNECTOR = "connector";
    public static final String TOPIC = "topic";
    public static final String PARTITION = "kafka_partition";
    public static final String NEXT_OFFSET = "next_offset";
    private static final String UPDATED_AT = "updated_at";

    private final Identifiers identifiers;
    private final ColumnLists lists;
    private final TableId table;

    public OffsetTableStatements(Identifiers identifiers, TableId table) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
        this.table = table;
    }

    /** The table's definition; also what the README and error messages show. */
    public String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + identifiers.quote(table) + " ("
            + identifiers.quote(CONNECTOR) + " text NOT NULL, "
            + identifiers.quote(TOPIC) + " text NOT NULL, "
            + identifiers.quote(PARTITION) + " integer NOT NULL, "
            + identifiers.quote(NEXT_OFFSET) + " bigint NOT NULL, "
            + identifiers.quote(UPDATED_AT) + " timestamp with time zone NOT NULL DEFAULT now(), "
            + "PRIMARY KEY (" + lists.names(Arrays.asList(CONNECTOR, TOPIC, PARTITION)) + "))";
    }

    /** Sets one partition's next offset; binds connector, topic, partition and next offset. */
    public DmlStatement upsert() {
        String sql = "INSERT INTO " + identifiers.quote(table) + " ("
            + lists.names(Arrays.asList(CONNECTOR, TOPIC, PARTITION, NEXT_OFFSET, UPDATED_AT))
            + ") VALUES (?,?,?,?,now()) ON CONFLICT (" + lists.names(Arrays.asList(CONNECTOR, TOPIC, PARTITION))
            + ") DO UPDATE SET " + identifiers.quote(NEXT_OFFSET) + " = EXCLUDED." + identifiers.quote(NEXT_OFFSET)
            + ", " + identifiers.quote(UPDATED_AT) + " = EXCLUDED." + identifiers.quote(UPDATED_AT);
        return new DmlStatement(sql, Arrays.asList(CONNECTOR, TOPIC, PARTITION, NEXT_OFFSET));
    }

    /** Forgets one partition's offset (a reset through the offsets API); binds connector, topic and partition. */
    public DmlStatement delete() {
        String sql = "DELETE FROM " + identifiers.quote(table) + " WHERE " + identifiers.quote(CONNECTOR) + " = ? AND "
            + identifiers.quote(TOPIC) + " = ? AND " + identifiers.quote(PARTITION) + " = ?";
        return new DmlStatement(sql, Arrays.asList(CONNECTOR, TOPIC, PARTITION));
    }

    /** Every partition's next offset of one connector; binds the connector's name. */
    public DmlStatement select() {
        String sql = "SELECT " + lists.names(Arrays.asList(TOPIC, PARTITION, NEXT_OFFSET)) + " FROM "
            + identifiers.quote(table) + " WHERE " + identifiers.quote(CONNECTOR) + " = ?";
        return new DmlStatement(sql, Arrays.asList(CONNECTOR));
    }
}
