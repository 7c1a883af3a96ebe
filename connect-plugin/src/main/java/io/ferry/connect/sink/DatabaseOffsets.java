package io.ferry.connect.sink;

import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.RelationLookup;
import io.ferry.connect.postgres.ServerErrorDetails;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.sql.DmlStatement;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.OffsetTableStatements;
import io.ferry.connect.sql.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code offsets.storage.table}: the sink's progress kept in the target database, one row per
 * connector, topic and partition, upserted in the transaction that writes the rows. What the
 * table says is the truth: records below it are skipped even when Kafka delivers them again.
 * The task's thread reads it; the writer's thread writes and reloads it.
 */
final class DatabaseOffsets implements OffsetStore {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOffsets.class);

    private final ConnectionSource connections;
    private final OffsetTableStatements statements;
    private final String quotedTable;
    private final String connector;
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private final Set<TopicPartition> loaded = new HashSet<>();
    private boolean tableReady;

    DatabaseOffsets(ConnectionSource connections, Identifiers identifiers, TableId table, String connector) {
        this.connections = connections;
        this.statements = new OffsetTableStatements(identifiers, table);
        this.quotedTable = identifiers.quote(table);
        this.connector = connector;
    }

    @Override
    public synchronized Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) throws SQLException {
        List<TopicPartition> unread = partitions.stream().filter(p -> !loaded.contains(p)).distinct()
            .collect(Collectors.toList());
        if (unread.isEmpty()) {
            return new HashMap<>();
        }
        Map<TopicPartition, Long> stored;
        try (Connection connection = connections.connection()) {
            ensureTable(connection);
            stored = readAll(connection);
        }
        Map<TopicPartition, Long> seeks = new HashMap<>();
        for (TopicPartition partition : unread) {
            Long offset = stored.get(partition);
            if (offset != null) {
                next.put(partition, offset);
                seeks.put(partition, offset);
            }
            loaded.add(partition);
        }
        if (!seeks.isEmpty()) {
            log.info("Resuming from the offsets stored in {} for connector '{}': {}", quotedTable, connector, seeks);
        }
        return seeks;
    }

    private void ensureTable(Connection connection) throws SQLException {
        if (tableReady) {
            return;
        }
        // Checked first: CREATE TABLE IF NOT EXISTS needs the CREATE privilege even when the table exists.
        tableReady = RelationLookup.oid(connection, quotedTable).isPresent();
        if (!tableReady) {
            createTable(connection);
            tableReady = true;
        }
    }

    private void createTable(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(statements.createTable());
            log.info("Created the sink's offsets table {}", quotedTable);
        } catch (SQLException e) {
            if (SqlStateClassifier.classify(e) == ErrorKind.RETRIABLE) {
                throw e;
            }
            throw new ConnectException("Cannot create the offsets table of offsets.storage.table ("
                + ServerErrorDetails.describe(e) + "). Create it, with write access for the connector's user: "
                + statements.createTable(), e);
        }
    }

    private Map<TopicPartition, Long> readAll(Connection connection) throws SQLException {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(statements.select().sql())) {
            select.setString(1, connector);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
                }
            }
        }
        return stored;
    }

    @Override
    public synchronized boolean isWritten(SinkRecord record) {
        Long nextOffset = next.get(new TopicPartition(record.topic(), record.kafkaPartition()));
        return nextOffset != null && record.kafkaOffset() < nextOffset;
    }

    @Override
    public boolean writesProgress() {
        return true;
    }

    @Override
    public void write(Connection connection, Map<TopicPartition, Long> nextOffsets) throws SQLException {
        if (nextOffsets.isEmpty()) {
            return;
        }
        DmlStatement upsert = statements.upsert();
        try (PreparedStatement prepared = connection.prepareStatement(upsert.sql())) {
            for (Map.Entry<TopicPartition, Long> entry : nextOffsets.entrySet()) {
                prepared.setString(1, connector);
                prepared.setString(2, entry.getKey().topic());
                prepared.setInt(3, entry.getKey().partition());
                prepared.setLong(4, entry.getValue());
                prepared.addBatch();
            }
            prepared.executeBatch();
        }
    }

    @Override
    public synchronized void committed(Map<TopicPartition, Long> nextOffsets) {
        next.putAll(nextOffsets);
    }

    @Override
    public synchronized void forget(Collection<TopicPartition> partitions) {
        loaded.removeAll(partitions);
        next.keySet().removeAll(partitions);
    }

    @Override
    public synchronized void forgetAll() {
        loaded.clear();
        next.clear();
    }
}
