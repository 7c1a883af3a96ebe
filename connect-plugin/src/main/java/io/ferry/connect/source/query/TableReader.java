package io.ferry.connect.source.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** Reads one table's new rows, a page at a time, in one mode. */
public interface TableReader extends AutoCloseable {
    SourceTable table();

    /** Reads up to {@code batch.max.rows} rows as records, possibly none. */
    List<SourceRecord> read(Connection connection) throws SQLException;

    /** Rows the last read fetched from the database, those it held back included (for the metrics). */
    int rowsRead();

    /** Rows read and held back, not final yet, after the last read (for the metrics). */
    default int rowsHeld() {
        return 0;
    }

    /** True when the last read filled its page, so more rows may be waiting right now. */
    boolean mayHaveMore();

    /** True while rows wait for other transactions to end: worth checking again soon. */
    default boolean awaitsCommits() {
        return false;
    }

    /** True while a read holds an open cursor that later reads continue. */
    boolean midScan();

    /** Closes statements (and cursors); the next read starts over on the given connection. */
    @Override
    void close();
}
