package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.jdbc.TableDescription;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.postgres.TableDescriptionReader;
import io.ferry.connect.sql.AddColumnsBuilder;
import io.ferry.connect.sql.ColumnDefinition;
import io.ferry.connect.sql.CreateTableBuilder;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * auto.create and auto.evolve: creates a row's missing table and adds its missing columns, each
 * statement in a short transaction of its own (never inside a batch's), then reads the table back.
 * Tasks meeting the same missing table or column at once all succeed: the statements say IF NOT
 * EXISTS, and a statement that fails anyway (two CREATE TABLEs racing) counts as done when the
 * table read back has what was wanted. Any other failure is classified: a transient one is thrown
 * as it is, for the put to be retried; one the record's data causes (a default the column type
 * refuses) is the record's; anything else stops the task.
 */
final class TableChanges {
    /**
     * How long a statement waits for the table's lock, held by transactions writing into it: long
     * enough for a batch to commit, short enough that a transaction left open elsewhere shows up as
     * a retried put (SQLState 55P03) rather than a worker thread blocked, with every writer of the
     * table queued behind the waiting ALTER.
     */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(TableChanges.class);

    private final ConnectionSource connections;
    private final TableDescriptionReader reader;
    private final Identifiers identifiers;
    private final DeclaredColumns declared;
    private final boolean createsTables;
    private final boolean addsColumns;
    private final FailureText failureText;
    private final Duration lockTimeout;

    /** @param failureText how database failures are told: in full, or without data (trim.sensitive.log) */
    TableChanges(ConnectionSource connections, Identifiers identifiers, DeclaredColumns declared,
                 boolean createsTables, boolean addsColumns, FailureText failureText) {
        this(connections, identifiers, declared, createsTables, addsColumns, failureText, LOCK_TIMEOUT);
    }

    /** @param lockTimeout how long a statement waits for the table's lock ({@link #LOCK_TIMEOUT}; tests wait less) */
    TableChanges(ConnectionSource connections, Identifiers identifiers, DeclaredColumns declared,
                 boolean createsTables, boolean addsColumns, FailureText failureText, Duration lockTimeout) {
        this.connections = connections;
        this.reader = new TableDescriptionReader(identifiers);
        this.identifiers = identifiers;
        this.declared = declared;
        this.createsTables = createsTables;
        this.addsColumns = addsColumns;
        this.failureText = failureText;
        this.lockTimeout = lockTimeout;
    }

    /** auto.create */
    boolean createsTables() {
        return createsTables;
    }

    /** auto.evolve */
    boolean addsColumns() {
        return addsColumns;
    }

    /** Creates the row's table from its fields; returns the table as read back. */
    TableDescription create(SinkRow row) throws SQLException {
        String sql = new CreateTableBuilder(identifiers).build(row.table(), declared.all(row), declared.primaryKey(row));
        log.info("Creating table {} for record {} (auto.create): {}", identifiers.quote(row.table()),
            row.coordinates(), sql);
        return change(row, sql, "create table", table -> true);
    }

    /**
     * Adds the row's {@code missing} columns; returns the table as read back.
     *
     * @param added whether a table read back has them all (another task may have added them)
     * @throws BadRecordException when a missing field is required and has no default
     */
    TableDescription addColumns(SinkRow row, Collection<String> missing, Predicate<TableDescription> added)
        throws SQLException {
        List<ColumnDefinition> columns = declared.added(row, missing);
        String sql = new AddColumnsBuilder(identifiers).build(row.table(), columns);
        log.info("Adding columns {} to table {} for record {} (auto.evolve): {}", missing,
            identifiers.quote(row.table()), row.coordinates(), sql);
        return change(row, sql, "add columns " + missing + " to table", added);
    }

    private TableDescription change(SinkRow row, String sql, String what, Predicate<TableDescription> done)
        throws SQLException {
        try (Connection connection = connections.connection()) {
            SQLException failure = execute(connection, sql);
            Optional<TableDescription> table = reader.read(connection, row.table());
            if (table.isPresent() && (failure == null || done.test(table.get()))) {
                if (failure != null) {
                    log.info("Could not {} {} ({}), but another task did meanwhile", what,
                        identifiers.quote(row.table()), failureText.describe(failure));
                }
                return table.get();
            }
            if (failure == null) {
                throw new ConnectException("Table " + identifiers.quote(row.table()) + " cannot be found right after "
                    + "it was changed by: " + sql);
            }
            throw classified(row, what, sql, failure);
        }
    }

    /** Runs the statement in a transaction of its own; returns its failure, rolled back, or null. */
    private SQLException execute(Connection connection, String sql) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = " + lockTimeout.toMillis());
            statement.execute(sql);
            connection.commit();
            return null;
        } catch (SQLException e) {
            rollback(connection, e);
            if (SqlStateClassifier.classify(e) == ErrorKind.RETRIABLE) {
                throw e;
            }
            return e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void rollback(Connection connection, SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the connection is probably broken; the failure says why
        }
    }

    private RuntimeException classified(SinkRow row, String what, String sql, SQLException failure) {
        String table = identifiers.quote(row.table());
        if (SqlStateClassifier.classify(failure) == ErrorKind.DATA) {
            return new BadRecordException(row.record(), "PostgreSQL refused to " + what + " " + table + " for it: "
                + failureText.describe(failure) + ". The statement: " + sql);
        }
        return new ConnectException("Cannot " + what + " " + table + " for record " + row.coordinates() + ": "
            + failureText.describe(failure) + ". The statement: " + sql + ". Run it (or create the table) "
            + "with a user that may, or grant the connector's user the privileges it needs",
            failureText.cause(failure));
    }
}
