package io.ferry.connect.source.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The timestamp modes: keyset pages of the rows after the last one read and below the database's
 * time less the delay, each page one short transaction; only the rows below the
 * {@link TimestampFrontier}'s final bound are published, so no row is published before no open
 * transaction can commit an earlier one. The others are read again soon. An updated row whose
 * timestamp moved is read again.
 *
 * <p>In timestamp+incrementing mode each record's offset is its row's (timestamp, value), so a
 * restarted task resumes right after the last committed row. In timestamp mode rows of one
 * timestamp are never split by the offset: a full page ends before its last timestamp, whose rows
 * the next page starts with, and while a timestamp's rows are emitted the records carry the
 * previous timestamp (as Confluent's connector does), so a restart reads them all again rather
 * than skip some. Rows of one timestamp that fill a whole page are read all together through a
 * cursor, a page per read.
 */
public final class TimestampReader implements TableReader {
    private final SourceTable table;
    private final String topic;
    private final Map<String, String> partition;
    private final TimestampQuery query;
    private final OffsetColumns offsetColumns;
    private final int batchMaxRows;
    private final TimestampFrontier frontier;
    private final GroupCursor group;
    private TimestampPosition position;
    private Connection preparedOn;
    private PreparedStatement firstPage;
    private PreparedStatement nextPage;
    private boolean pageWasFull;
    /** Rows of the last page that are not final yet. */
    private int heldRows;
    private int rowsRead;
    /** The bounds of a page that came back full of final rows; null otherwise. */
    private TimestampFrontier.Bounds catchingUp;

    /** @param position where the stored offset (or {@code timestamp.initial}) says to go on; null: from the start */
    public TimestampReader(SourceTable table, String topic, TimestampQuery query, OffsetColumns offsetColumns, int batchMaxRows,
                    TimestampPosition position, TimestampFrontier frontier) {
        this.table = table;
        this.topic = topic;
        this.partition = table.source().partition();
        this.query = query;
        this.offsetColumns = offsetColumns;
        this.batchMaxRows = batchMaxRows;
        this.position = position;
        this.frontier = frontier;
        this.group = new GroupCursor(table, query.group(), offsetColumns, batchMaxRows);
    }

    @Override
    public SourceTable table() {
        return table;
    }

    @Override
    public List<SourceRecord> read(Connection connection) throws SQLException {
        pageWasFull = false;
        heldRows = 0;
        rowsRead = 0;
        if (group.open()) {
            return readGroup(connection);
        }
        TimestampFrontier.Bounds bounds = catchingUp;
        if (bounds == null) {
            bounds = frontier.bounds(connection);
            connection.commit(); // the page's snapshot is taken after the open transactions were listed
        }
        catchingUp = null;
        if (position != null && !bounds.readBelow().isAfter(position.timestamp())) {
            return new ArrayList<>();
        }
        List<Row> rows = readPage(connection, bounds.readBelow());
        connection.commit();
        rowsRead = rows.size();
        boolean full = rows.size() >= batchMaxRows;
        int finalRows = finalRows(rows, bounds);
        heldRows = rows.size() - finalRows;
        rows = new ArrayList<>(rows.subList(0, finalRows));
        if (full && heldRows == 0) {
            catchingUp = bounds; // more rows wait below the same bounds: no need to ask the database again yet
            if (!offsetColumns.hasIncrementing()) {
                Instant last = rows.get(rows.size() - 1).position.timestamp();
                rows.removeIf(row -> row.position.timestamp().equals(last)); // its rows may go on in the next page
                if (rows.isEmpty()) {
                    group.start(last);
                    return readGroup(connection);
                }
            }
        }
        pageWasFull = full && heldRows == 0;
        return records(rows);
    }

    /** How many of the rows, in timestamp order, are below the final bound. */
    private static int finalRows(List<Row> rows, TimestampFrontier.Bounds bounds) {
        if (!bounds.finalBelow().isPresent()) {
            return 0;
        }
        Instant finalBelow = bounds.finalBelow().get();
        int count = 0;
        while (count < rows.size() && rows.get(count).position.timestamp().isBefore(finalBelow)) {
            count++;
        }
        return count;
    }

    private List<Row> readPage(Connection connection, Instant readBelow) throws SQLException {
        PreparedStatement statement = statement(connection);
        SelectStatement select = position == null ? query.firstPage() : query.nextPage();
        int index = 1;
        for (SelectStatement.Parameter parameter : select.parameters()) {
            switch (parameter) {
                case LAST_TIMESTAMP:
                    statement.setObject(index++, offsetColumns.bindable(position.timestamp()));
                    break;
                case LAST_INCREMENTING_VALUE:
                    // no value yet (timestamp.initial, or an offset of timestamp mode): every row of that timestamp
                    statement.setLong(index++, position.incrementing() == null ? Long.MIN_VALUE : position.incrementing());
                    break;
                case READ_BELOW:
                    statement.setObject(index++, offsetColumns.bindable(readBelow));
                    break;
                default:
                    statement.setInt(index++, batchMaxRows);
            }
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(table.read(rs), offsetColumns.positionOf(rs)));
            }
        }
        return rows;
    }

    /** The records of a page; in timestamp mode a row's offset moves to its timestamp with the last row of it. */
    private List<SourceRecord> records(List<Row> rows) {
        List<SourceRecord> records = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean lastOfItsTimestamp = i == rows.size() - 1
                || !rows.get(i + 1).position.timestamp().equals(row.position.timestamp());
            if (offsetColumns.hasIncrementing() || lastOfItsTimestamp) {
                position = row.position;
            }
            records.add(record(row.value, position));
        }
        return records;
    }

    private List<SourceRecord> readGroup(Connection connection) throws SQLException {
        Instant groupTimestamp = group.timestamp();
        List<Struct> values = group.read(connection);
        rowsRead += values.size();
        List<SourceRecord> records = new ArrayList<>(values.size());
        TimestampPosition before = position;
        if (!group.open()) {
            connection.commit();
            position = new TimestampPosition(groupTimestamp, null);
        }
        for (int i = 0; i < values.size(); i++) {
            records.add(record(values.get(i), i == values.size() - 1 ? position : before));
        }
        pageWasFull = true;
        return records;
    }

    private SourceRecord record(Struct value, TimestampPosition offset) {
        Map<String, Long> sourceOffset = offset == null ? Collections.emptyMap() : SourceOffsets.timestampOffset(offset);
        return table.record(partition, sourceOffset, topic, value);
    }

    private PreparedStatement statement(Connection connection) throws SQLException {
        if (connection != preparedOn) {
            close();
            preparedOn = connection;
        }
        if (position == null) {
            if (firstPage == null) {
                firstPage = connection.prepareStatement(query.firstPage().sql());
            }
            return firstPage;
        }
        if (nextPage == null) {
            nextPage = connection.prepareStatement(query.nextPage().sql());
        }
        return nextPage;
    }

    @Override
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public int rowsHeld() {
        return heldRows;
    }

    @Override
    public boolean mayHaveMore() {
        return pageWasFull;
    }

    @Override
    public boolean awaitsCommits() {
        return heldRows > 0;
    }

    @Override
    public boolean midScan() {
        return group.open();
    }

    @Override
    public void close() {
        IncrementingReader.closeQuietly(firstPage);
        IncrementingReader.closeQuietly(nextPage);
        firstPage = null;
        nextPage = null;
        preparedOn = null;
        group.close();
        catchingUp = null;
    }

    /** A row read: its value and where it stands. */
    private static final class Row {
        final Struct value;
        final TimestampPosition position;

        Row(Struct value, TimestampPosition position) {
            this.value = value;
            this.position = position;
        }
    }
}
