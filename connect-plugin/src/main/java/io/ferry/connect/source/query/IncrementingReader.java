package io.ferry.connect.source.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Incrementing mode: keyset pages of rows whose incrementing column is greater than the last
 * value read, each page one short transaction. The offset of each record is its row's value,
 * so a restarted task resumes right after the last committed row.
 */
public final class IncrementingReader implements TableReader {
    private final SourceTable table;
    private final String topic;
    private final Map<String, String> partition;
    private final IncrementingQuery query;
    private final int incrementingIndex;
    private final int batchMaxRows;
    private Long lastValue;
    private Connection preparedOn;
    private PreparedStatement firstPage;
    private PreparedStatement nextPage;
    private boolean pageWasFull;

    public IncrementingReader(SourceTable table, String topic, IncrementingQuery query, String incrementingColumn,
                              int batchMaxRows, Long lastValue) {
        this.table = table;
        this.topic = topic;
        this.partition = SourceOffsets.partition(table.id());
        this.query = query;
        this.incrementingIndex = table.mappedColumnNames().indexOf(incrementingColumn) + 1;
        if (incrementingIndex == 0) {
            throw new IllegalArgumentException("No column " + incrementingColumn + " in " + table.id());
        }
        this.batchMaxRows = batchMaxRows;
        this.lastValue = lastValue;
    }

    @Override
    public SourceTable table() {
        return table;
    }

    /** The last value read; {@code null} before the first row. */
    public Long lastValue() {
        return lastValue;
    }

    @Override
    public List<SourceRecord> read(Connection connection) throws SQLException {
        PreparedStatement statement = statement(connection);
        List<SourceRecord> records = new ArrayList<>();
        Long pageLast = lastValue;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                long value = rs.getLong(incrementingIndex);
                records.add(new SourceRecord(partition, SourceOffsets.incrementingOffset(value), topic,
                    table.valueSchema(), table.read(rs)));
                pageLast = value;
            }
        }
        connection.commit();
        // Advanced only once the whole page was read: a failed page is read again in full.
        lastValue = pageLast;
        pageWasFull = records.size() >= batchMaxRows;
        return records;
    }

    private PreparedStatement statement(Connection connection) throws SQLException {
        if (connection != preparedOn) {
            close();
            preparedOn = connection;
        }
        SelectStatement select = lastValue == null ? query.firstPage() : query.nextPage();
        PreparedStatement statement = lastValue == null ? firstPage : nextPage;
        if (statement == null) {
            statement = connection.prepareStatement(select.sql());
            if (lastValue == null) {
                firstPage = statement;
            } else {
                nextPage = statement;
            }
        }
        int index = 1;
        for (SelectStatement.Parameter parameter : select.parameters()) {
            if (parameter == SelectStatement.Parameter.LAST_INCREMENTING_VALUE) {
                statement.setLong(index++, lastValue);
            } else {
                statement.setInt(index++, batchMaxRows);
            }
        }
        return statement;
    }

    @Override
    public boolean mayHaveMore() {
        return pageWasFull;
    }

    @Override
    public boolean midScan() {
        return false;
    }

    @Override
    public void close() {
        closeQuietly(firstPage);
        closeQuietly(nextPage);
        firstPage = null;
        nextPage = null;
        preparedOn = null;
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing after a failure or on shutdown: the connection is being dropped anyway
        }
    }
}
