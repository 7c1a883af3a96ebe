package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.DmlStatement;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes planned runs of rows in one transaction: each run of inserts or upserts as one statement
 * per {@code batch.size} rows that takes each column's values as an array ({@link ArrayRunWriter});
 * any other run (updates, deletes, values that cannot travel as arrays) as JDBC batches of at most
 * {@code batch.size} rows (the driver rewrites batched INSERTs into multi-row ones). When that
 * fails for a reason other than a transient one, the transaction is rolled back and replayed
 * row by row under savepoints, to find the offending records: those with bad data go to the
 * errant-record reporter when there is one; any other failure names its record and stops.
 */
final class SinkWriter {
    private static final Logger log = LoggerFactory.getLogger(SinkWriter.class);

    private final ConnectionSource connections;
    private final StatementFactory statements;
    private final RowBinder binder;
    private final int batchSize;
    private final ErrantRecords errant;
    private final ColumnBlame blame;
    private final ArrayRunWriter arrays;
    private final FailureText failureText;

    /** @param failureText how database failures are told: in full, or without data (trim.sensitive.log) */
    SinkWriter(ConnectionSource connections, StatementFactory statements, TableCatalog catalog,
               PostgresTypes types, int batchSize, ErrantRecords errant, FailureText failureText) {
        this.connections = connections;
        this.statements = statements;
        this.binder = new RowBinder(catalog, types);
        this.batchSize = batchSize;
        this.errant = errant;
        this.blame = new ColumnBlame(statements, binder);
        this.arrays = new ArrayRunWriter(statements, catalog, types, batchSize);
        this.failureText = failureText;
    }

    /** A last step of the transaction, after the rows and before the commit (e.g. storing offsets). */
    interface BeforeCommit {
        void run(Connection connection) throws SQLException;
    }

    /** Writes every table's runs and commits; throws when not every record could be written or reported. */
    void write(Map<TableId, List<WriteRun>> work, BeforeCommit beforeCommit) throws SQLException {
        try (Connection connection = connections.connection()) {
            connection.setAutoCommit(false);
            if (!writeBatched(connection, work)) {
                replay(connection, work);
            }
            try {
                beforeCommit.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            }
        }
    }

    /** False when a batch failed for a reason other than a transient one; the transaction is then rolled back. */
    private boolean writeBatched(Connection connection, Map<TableId, List<WriteRun>> work) throws SQLException {
        try {
            for (Map.Entry<TableId, List<WriteRun>> table : work.entrySet()) {
                for (WriteRun run : table.getValue()) {
                    writeRun(connection, table.getKey(), run);
                }
            }
            return true;
        } catch (SQLException | DataException e) {
            rollback(connection);
            if (SqlStateClassifier.classify(e) == ErrorKind.RETRIABLE) {
                throw e;
            }
            log.info("A batch into {} failed ({}); replaying it row by row to find the offending records",
                work.keySet(), failureText.describe(e));
            return false;
        }
    }

    private void writeRun(Connection connection, TableId table, WriteRun run) throws SQLException {
        if (arrays.write(connection, table, run)) {
            return;
        }
        DmlStatement statement = statements.statement(table, run.shape());
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            int pending = 0;
            for (SinkRow row : run.rows()) {
                binder.bind(prepared, statement, row);
                prepared.addBatch();
                if (++pending == batchSize) {
                    prepared.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                prepared.executeBatch();
            }
        }
    }

    private void replay(Connection connection, Map<TableId, List<WriteRun>> work) throws SQLException {
        for (Map.Entry<TableId, List<WriteRun>> table : work.entrySet()) {
            for (WriteRun run : table.getValue()) {
                DmlStatement statement = statements.statement(table.getKey(), run.shape());
                try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                    for (SinkRow row : run.rows()) {
                        replayRow(connection, prepared, statement, row);
                    }
                }
            }
        }
    }

    private void replayRow(Connection connection, PreparedStatement prepared, DmlStatement statement, SinkRow row)
        throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            binder.bind(prepared, statement, row);
            prepared.executeUpdate();
            connection.releaseSavepoint(savepoint);
        } catch (SQLException | DataException e) {
            connection.rollback(savepoint);
            ErrorKind kind = e instanceof DataException ? ErrorKind.DATA : SqlStateClassifier.classify(e);
            if (kind == ErrorKind.RETRIABLE) {
                rollback(connection);
                throw (SQLException) e;
            }
            if (kind != ErrorKind.DATA) {
                rollback(connection);
                throw new ConnectException("Writing into table " + row.table() + " failed at record "
                    + row.coordinates() + ", and not because of the record: " + failureText.describe(e)
                    + ". Fix the database (table, privileges, disk), then restart the task; it resumes after the "
                    + "last committed record", failureText.cause(e));
            }
            RecordWriteException failure = new RecordWriteException(row, columnOf(connection, row, e), e, failureText);
            if (!errant.report(row.record(), failure)) {
                rollback(connection);
                throw failure;
            }
        }
    }

    /** The column a record's bad data is in: the one that could not be bound, the server's, or one found by trying. */
    private String columnOf(Connection connection, SinkRow row, Exception error) throws SQLException {
        String column = binder.columnOf(row, error);
        if (column == null && error instanceof SQLException) {
            column = blame.find(connection, row, (SQLException) error);
        }
        return column;
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("Rollback failed (the connection is probably broken): {}", e.getMessage());
        }
    }
}
