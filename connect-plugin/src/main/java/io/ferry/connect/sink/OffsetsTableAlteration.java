package io.ferry.connect.sink;

import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.DatabaseLogin;
import io.ferry.connect.postgres.RelationLookup;
import io.ferry.connect.postgres.ServerErrorDetails;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.OffsetTableStatements;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an offsets API change (PATCH or DELETE /connectors/{name}/offsets) to
 * {@code offsets.storage.table}, in one transaction: a reset deletes the partition's row, an
 * offset is stored as the partition's next offset, the offset the consumer reads next, which is
 * what the table holds. Without this the task's start would seek back to the stored offsets and
 * undo the change. It runs on the worker's REST thread while the connector is stopped, over a
 * connection of its own.
 */
final class OffsetsTableAlteration {
    private static final Logger log = LoggerFactory.getLogger(OffsetsTableAlteration.class);

    private final SinkSettings settings;
    private final TableId table;
    private final OffsetTableStatements statements;
    private final String quotedTable;

    OffsetsTableAlteration(SinkSettings settings, TableId table) {
        Identifiers identifiers = new Identifiers(settings.identifierQuoting());
        this.settings = settings;
        this.table = table;
        this.statements = new OffsetTableStatements(identifiers, table);
        this.quotedTable = identifiers.quote(table);
    }

    /** @param offsets the next offset to read per partition; {@code null} resets the partition */
    void apply(Map<TopicPartition, Long> offsets) {
        try (Connection connection = DatabaseLogin.open(settings.connection())) {
            if (RelationLookup.oid(connection, quotedTable).isEmpty()) {
                return; // nothing stored yet: the task creates the table and starts where Kafka's group says
            }
            applyInTransaction(connection, offsets);
        } catch (DatabaseLogin.Failure e) {
            throw new ConnectException("Cannot connect to change the offsets in " + table + " (offsets.storage.table): "
                + e.getMessage(), e);
        } catch (SQLException e) {
            throw new ConnectException("Cannot change the offsets in " + table + " (offsets.storage.table) ("
                + ServerErrorDetails.describe(e) + "); nothing was changed", e);
        }
        log.info("Changed the offsets of connector '{}' in {} (null: reset): {}", settings.connectorName(), table,
            offsets);
    }

    private void applyInTransaction(Connection connection, Map<TopicPartition, Long> offsets) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement delete = connection.prepareStatement(statements.delete().sql());
             PreparedStatement upsert = connection.prepareStatement(statements.upsert().sql())) {
            for (Map.Entry<TopicPartition, Long> entry : offsets.entrySet()) {
                PreparedStatement statement = entry.getValue() == null ? delete : upsert;
                statement.setString(1, settings.connectorName());
                statement.setString(2, entry.getKey().topic());
                statement.setInt(3, entry.getKey().partition());
                if (entry.getValue() != null) {
                    statement.setLong(4, entry.getValue());
                }
                statement.addBatch();
            }
            delete.executeBatch();
            upsert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
