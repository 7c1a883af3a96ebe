package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ColumnDescription;
import io.ferry.connect.postgres.ServerErrorDetails;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.DmlStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;

/** Fills a statement's markers with a row's values, in the statement's order of bound columns. */
final class RowBinder {
    private final TableCatalog catalog;
    private final PostgresTypes types;

    RowBinder(TableCatalog catalog, PostgresTypes types) {
        this.catalog = catalog;
        this.types = types;
    }

    void bind(PreparedStatement prepared, DmlStatement statement, SinkRow row) throws SQLException {
        List<String> columns = statement.boundColumns();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            ColumnValue value = row.value(name);
            ColumnDescription column = catalog.column(row.table(), name);
            try {
                types.bind(prepared, i + 1, value.schema(), value.value(), column);
            } catch (ClassCastException | DataException e) {
                throw new ColumnDataException(name, "Cannot bind field '" + name + "' (" + value.schema().type()
                    + ") to column " + column + ": " + e.getMessage(), e);
            }
        }
    }

    /** The column a failure is about: the one that could not be bound, or the one the server blamed. */
    String columnOf(SinkRow row, Exception failure) {
        if (failure instanceof ColumnDataException) {
            return ((ColumnDataException) failure).column;
        }
        return ServerErrorDetails.column(failure);
    }

    /** A value that cannot be bound to its column. */
    static final class ColumnDataException extends DataException {
        private final String column;

        ColumnDataException(String column, String message, Throwable cause) {
            super(message, cause);
            this.column = column;
        }
    }
}
