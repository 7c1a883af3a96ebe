package io.ferry.connect.sink;

import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.sql.DmlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;

/**
 * Finds the column a row's data error is about when the server does not name it (invalid input
 * for the column's type, a value too long): inserts each of the row's values alone, under a
 * savepoint that is always rolled back, and blames the first column whose value alone fails
 * with the same SQLState. Runs only for a row that already failed, so it costs nothing otherwise.
 */
final class ColumnBlame {
    private final StatementFactory statements;
    private final RowBinder binder;

    ColumnBlame(StatementFactory statements, RowBinder binder) {
        this.statements = statements;
        this.binder = binder;
    }

    /** The blamed column, or null when no single value reproduces the error. */
    String find(Connection connection, SinkRow row, SQLException error) throws SQLException {
        String state = SqlStateClassifier.sqlStateOf(error);
        if (state == null || row.shape().kind() != RowShape.Kind.WRITE) {
            return null;
        }
        List<String> columns = new ArrayList<>(row.shape().keyColumns());
        columns.addAll(row.shape().otherColumns());
        for (String column : columns) {
            if (state.equals(stateOfWritingAlone(connection, row, column))) {
                return column;
            }
        }
        return null;
    }

    private String stateOfWritingAlone(Connection connection, SinkRow row, String column) throws SQLException {
        DmlStatement probe = statements.singleColumnInsert(row.table(), column);
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement prepared = connection.prepareStatement(probe.sql())) {
            binder.bind(prepared, probe, row);
            prepared.executeUpdate();
            return null;
        } catch (SQLException e) {
            return SqlStateClassifier.sqlStateOf(e);
        } catch (DataException e) {
            return null; // the binder names its own column; this is about what the server rejects
        } finally {
            connection.rollback(savepoint);
        }
    }
}
