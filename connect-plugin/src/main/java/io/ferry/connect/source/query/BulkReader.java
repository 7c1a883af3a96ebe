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
 * Bulk mode: the whole table, through a server-side cursor (fetch size = batch.max.rows, in a
 * transaction), a page per read, so memory stays bounded. Records carry no offset.
 */
public final class BulkReader implements TableReader {
    private final SourceTable table;
    private final String topic;
    private final Map<String, String> partition;
    private final SelectStatement select;
    private final int batchMaxRows;
    private PreparedStatement statement;
    private ResultSet cursor;
    private Connection cursorOn;
    private int rowsRead;

    public BulkReader(SourceTable table, String topic, SelectStatement select, int batchMaxRows) {
        this.table = table;
        this.topic = topic;
        this.partition = table.source().partition();
        this.select = select;
        this.batchMaxRows = batchMaxRows;
    }

    @Override
    public SourceTable table() {
        return table;
    }

    @Override
    public List<SourceRecord> read(Connection connection) throws SQLException {
        if (cursor == null || cursorOn != connection) {
            close();
            statement = connection.prepareStatement(select.sql());
            statement.setFetchSize(batchMaxRows);
            cursor = statement.executeQuery();
            cursorOn = connection;
        }
        List<SourceRecord> records = new ArrayList<>();
        while (records.size() < batchMaxRows && cursor.next()) {
            records.add(table.record(partition, null, topic, cursor));
        }
        if (records.size() < batchMaxRows) {
            close();
            connection.commit();
        }
        rowsRead = records.size();
        return records;
    }

    @Override
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public boolean mayHaveMore() {
        return cursor != null;
    }

    @Override
    public boolean midScan() {
        return cursor != null;
    }

    @Override
    public void close() {
        IncrementingReader.closeQuietly(cursor);
        IncrementingReader.closeQuietly(statement);
        cursor = null;
        statement = null;
        cursorOn = null;
    }
}
