package io.ferry.connect.source.query;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectBuilder;
import io.ferry.connect.sql.SelectedColumn;
import io.ferry.connect.sql.TableId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a reader's rows come from: a table, or the custom {@code query}. It decides what Confluent's
 * connector derives from it: the topic (prefix + table name, or the prefix alone), the source
 * partition, the name of the value schema (the table's, none for a query).
 */
public final class RowSource {
    private final TableId table;
    private final String query;

    private RowSource(TableId table, String query) {
        this.table = table;
        this.query = query;
    }

    public static RowSource table(TableId table) {
        return new RowSource(Objects.requireNonNull(table, "table"), null);
    }

    public static RowSource query(String query) {
        return new RowSource(null, Objects.requireNonNull(query, "query"));
    }

    public boolean isQuery() {
        return query != null;
    }

    /** The table; {@code null} for a query. */
    public TableId tableId() {
        return table;
    }

    /** {@code SELECT} the columns, in this order, of the table or the query's rows. */
    public String select(Identifiers identifiers, List<SelectedColumn> columns) {
        SelectBuilder select = new SelectBuilder(identifiers);
        return isQuery() ? select.buildOverQuery(query, columns) : select.build(table, columns);
    }

    public String topic(String prefix) {
        return isQuery() ? prefix : prefix + table.table();
    }

    public Map<String, String> partition() {
        return isQuery() ? SourceOffsets.QUERY_PARTITION : SourceOffsets.partition(table);
    }

    /**
     * The partitions an offset of these rows may be stored under, newest protocol first.
     * @param database the database the table is in, which Confluent 10.9.4's partition names
     */
    public List<Map<String, String>> possiblePartitions(String database) {
        return isQuery() ? Collections.singletonList(SourceOffsets.QUERY_PARTITION)
            : SourceOffsets.possiblePartitions(table, database);
    }

    /** The name of the records' value schema: the table's name; none for a query, as in Confluent's connector. */
    public String schemaName() {
        return isQuery() ? null : table.table();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RowSource)) {
            return false;
        }
        RowSource that = (RowSource) other;
        return Objects.equals(table, that.table) && Objects.equals(query, that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, query);
    }

    /** For messages and logs; never the query's text, which {@code query.masked} keeps out of logs. */
    @Override
    public String toString() {
        return isQuery() ? "the custom query" : "table " + table;
    }
}
