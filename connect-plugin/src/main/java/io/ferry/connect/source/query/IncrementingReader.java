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
 * so a restarted task resumes right after the last committed row. Only rows the
 * {@link CommitFrontier} deems final are emitted: rows after a gap wait until no open
 * transaction can fill it any more, so a row committed out of order is not skipped.
 */
public final class IncrementingReader implements TableReader {
    private final SourceTable table;
    private final String topic;
    private final Map<String, String> partition;
    private final IncrementingQuery query;
    private final int incrementingIndex;
    private final int batchMaxRows;
    private final CommitFrontier frontier;
    private Long lastValue;
    private Connection preparedOn;
    private PreparedStatement firstPage;
    private PreparedStatement nextPage;
    private boolean pageWasFull;
    private int rowsRead;
    private int rowsHeld;

    public IncrementingReader(SourceTable table, String topic, IncrementingQuery query, String incrementingColumn,
                              int batchMaxRows, Long lastValue, CommitFrontier frontier) {
        this.table = table;
        this.topic = topic;
        this.partition = table.source().partition();
        this.query = query;
        this.incrementingIndex = table.mappedColumnNames().indexOf(incrementingColumn) + 1;
        if (incrementingIndex == 0) {
            throw new IllegalArgumentException("No column " + incrementingColumn + " in " + table);
        }
        this.batchMaxRows = batchMaxRows;
        this.lastValue = lastValue;
        this.frontier = frontier;
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
        pageWasFull = false;
        rowsRead = 0;
        if (frontier.waiting() && !frontier.settle(connection)) {
            connection.commit();
            return new ArrayList<>(); // rows after a gap still wait for open transactions
        }
        Page page = readPage(connection, lastValue);
        rowsRead = page.rows;
        if (page.held && frontier.hold(connection, page.highest)) {
            connection.commit();
            // No transaction was open: a new snapshot shows every row up to the page's highest value.
            Page settled = readPage(connection, page.last);
            rowsRead += settled.rows;
            settled.records.addAll(0, page.records);
            page = settled;
        }
        rowsHeld = page.heldRows;
        connection.commit();
        // Advanced only once the whole page was read: a failed page is read again in full.
        lastValue = page.last;
        pageWasFull = page.full || (page.held && !frontier.waiting());
        return page.records;
    }

    /** Reads the page after {@code after}, keeping the rows that are final, in order, up to the first that is not. */
    private Page readPage(Connection connection, Long after) throws SQLException {
        PreparedStatement statement = statement(connection, after);
        Page page = new Page(after);
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                page.rows++;
                long value = rs.getLong(incrementingIndex);
                page.highest = value;
                if (page.held || !frontier.isFinal(value, page.last)) {
                    page.held = true;
                    page.heldRows++;
                    continue;
                }
                page.records.add(table.record(partition, SourceOffsets.incrementingOffset(value), topic, rs));
                page.last = value;
            }
        }
        page.full = page.rows >= batchMaxRows;
        return page;
    }

    /** The final rows of a page, whether rows after them were held back, and its highest value. */
    private static final class Page {
        final List<SourceRecord> records = new ArrayList<>();
        Long last;
        boolean held;
        int rows;
        int heldRows;
        long highest;
        boolean full;

        Page(Long after) {
            this.last = after;
        }
    }

    private PreparedStatement statement(Connection connection, Long after) throws SQLException {
        if (connection != preparedOn) {
            close();
            preparedOn = connection;
        }
        SelectStatement select = after == null ? query.firstPage() : query.nextPage();
        PreparedStatement statement = after == null ? firstPage : nextPage;
        if (statement == null) {
            statement = connection.prepareStatement(select.sql());
            if (after == null) {
                firstPage = statement;
            } else {
                nextPage = statement;
            }
        }
        int index = 1;
        for (SelectStatement.Parameter parameter : select.parameters()) {
            if (parameter == SelectStatement.Parameter.LAST_INCREMENTING_VALUE) {
                statement.setLong(index++, after);
            } else {
                statement.setInt(index++, batchMaxRows);
            }
        }
        return statement;
    }

    @Override
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public int rowsHeld() {
        return rowsHeld;
    }

    @Override
    public boolean mayHaveMore() {
        return pageWasFull;
    }

    @Override
    public boolean awaitsCommits() {
        return frontier.waiting();
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
