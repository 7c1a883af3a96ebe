package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.postgres.types.ArrayElement;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.DmlStatement;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.sql.TypeName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.connect.data.Schema;

/**
 * Writes a run of inserts or upserts in one round trip per {@code batch.size} rows: one statement
 * that takes each column's values as one array ({@code INSERT ... SELECT * FROM unnest(...)}).
 * A run whose values cannot all travel as arrays of one element type per column (a field whose
 * schema changes within the run, an array field, a string into an interval or bit column or into
 * one of a type that is neither built in nor an enum, ...) is left to the row-at-a-time statement:
 * {@link #write} says so before it writes anything. Strings into an enum column do travel as
 * arrays, of the enum named as the catalog has it ({@link PostgresTypes#arrayElement}).
 */
final class ArrayRunWriter {
    private final StatementFactory statements;
    private final TableCatalog catalog;
    private final PostgresTypes types;
    private final int batchSize;

    ArrayRunWriter(StatementFactory statements, TableCatalog catalog, PostgresTypes types, int batchSize) {
        this.statements = statements;
        this.catalog = catalog;
        this.types = types;
        this.batchSize = batchSize;
    }

    /** Writes the run and returns true, or returns false, having written nothing, when it cannot go as arrays. */
    boolean write(Connection connection, TableId table, WriteRun run) throws SQLException {
        if (!statements.writesArrays(run.shape()) || run.rows().isEmpty()) {
            return false;
        }
        List<String> columns = new ArrayList<>(run.shape().keyColumns());
        columns.addAll(run.shape().otherColumns());
        List<ArrayElement> elements = new ArrayList<>(columns.size());
        for (String column : columns) {
            Optional<ArrayElement> element = elementOf(table, column, run.rows());
            if (!element.isPresent()) {
                return false;
            }
            elements.add(element.get());
        }
        List<TypeName> elementTypes = new ArrayList<>(elements.size());
        elements.forEach(e -> elementTypes.add(e.type()));
        DmlStatement statement = statements.arrayStatement(table, run.shape(), elementTypes);
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            List<SinkRow> rows = run.rows();
            for (int from = 0; from < rows.size(); from += batchSize) {
                List<SinkRow> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
                for (int i = 0; i < columns.size(); i++) {
                    elements.get(i).bind(prepared, i + 1, valuesOf(columns.get(i), chunk));
                }
                prepared.executeUpdate();
            }
        }
        return true;
    }

    /**
     * The one element type every row's value of the column travels as; empty when there is none.
     * Nulls alone travel as the column's type, as the row-at-a-time statements bind them untyped.
     */
    private Optional<ArrayElement> elementOf(TableId table, String column, List<SinkRow> rows) {
        ColumnDescription description = catalog.column(table, column);
        Schema schema = null;
        Optional<ArrayElement> element = Optional.empty();
        for (SinkRow row : rows) {
            ColumnValue value = row.value(column);
            if (value.value() == null) {
                continue;
            }
            if (schema == null) {
                element = types.arrayElement(value.schema(), description);
            } else if (value.schema() != schema && !element.equals(types.arrayElement(value.schema(), description))) {
                return Optional.empty();
            }
            schema = value.schema();
        }
        return schema == null ? types.arrayElementOfNulls(description) : element;
    }

    private static List<Object> valuesOf(String column, List<SinkRow> rows) {
        List<Object> values = new ArrayList<>(rows.size());
        for (SinkRow row : rows) {
            values.add(row.value(column).value());
        }
        return values;
    }
}
