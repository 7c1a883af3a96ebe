package io.ferry.connect.source.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Struct;

/**
 * Timestamp mode: the rows of one timestamp, when they fill a whole page, read through a cursor
 * (fetch size = batch.max.rows, in one transaction) a page per read. All of them are final: their
 * timestamp is below the frontier's bound. A read after a reconnect starts the timestamp over.
 */
final class GroupCursor {
    private final SourceTable table;
    private final SelectStatement select;
    private final OffsetColumns offsetColumns;
    private final int batchMaxRows;
    private Instant timestamp;
    private PreparedStatement statement;
    private ResultSet cursor;
    private Connection cursorOn;
    private boolean onRow;

    GroupCursor(SourceTable table, SelectStatement select, OffsetColumns offsetColumns, int batchMaxRows) {
        this.table = table;
        this.select = select;
        this.offsetColumns = offsetColumns;
        this.batchMaxRows = batchMaxRows;
    }

    /** Starts on the rows of this timestamp; the next {@link #read} reads the first page of them. */
    void start(Instant groupTimestamp) {
        this.timestamp = groupTimestamp;
    }

    /** True from {@link #start} until the read that returned the timestamp's last rows. */
    boolean open() {
        return timestamp != null;
    }

    /** The timestamp being read; {@code null} when no group is open. */
    Instant timestamp() {
        return timestamp;
    }

    /** The next page of the timestamp's rows; after the last one the cursor is closed and the group ends. */
    List<Struct> read(Connection connection) throws SQLException {
        if (cursor == null || cursorOn != connection) {
            close();
            statement = connection.prepareStatement(select.sql());
            statement.setFetchSize(batchMaxRows);
            statement.setObject(1, offsetColumns.bindable(timestamp));
            cursor = statement.executeQuery();
            cursorOn = connection;
            onRow = cursor.next();
        }
        List<Struct> values = new ArrayList<>();
        while (onRow && values.size() < batchMaxRows) {
            values.add(table.read(cursor));
            onRow = cursor.next();
        }
        if (!onRow) {
            close();
            timestamp = null;
        }
        return values;
    }

    /** Closes the cursor; an open group is read again from its first row. */
    void close() {
        IncrementingReader.closeQuietly(cursor);
        IncrementingReader.closeQuietly(statement);
        cursor = null;
        statement = null;
        cursorOn = null;
    }
}
