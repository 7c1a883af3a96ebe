package io.ferry.connect.source;

import io.ferry.connect.config.SourceSettings;
import io.ferry.connect.config.TimestampSettings;
import io.ferry.connect.postgres.DatabaseClock;
import io.ferry.connect.postgres.OpenTransactions;
import io.ferry.connect.postgres.types.TimestampInstants;
import io.ferry.connect.source.query.OffsetColumns;
import io.ferry.connect.source.query.SourceOffsets;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.query.TableReader;
import io.ferry.connect.source.query.TimestampFrontier;
import io.ferry.connect.source.query.TimestampPosition;
import io.ferry.connect.source.query.TimestampQuery;
import io.ferry.connect.source.query.TimestampReader;
import io.ferry.connect.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the reader of a table (or the query) in the timestamp modes, where its offset says to go on. */
final class TimestampReaders {
    private static final Logger log = LoggerFactory.getLogger(TimestampReaders.class);

    private final SourceSettings settings;
    private final Identifiers identifiers;
    private final TimestampFrontier.Database database;
    private final DatabaseClock databaseClock = new DatabaseClock();
    private final Clock clock;

    TimestampReaders(SourceSettings settings, Identifiers identifiers, OpenTransactions transactions, Clock clock) {
        this.settings = settings;
        this.identifiers = identifiers;
        this.clock = clock;
        this.database = new TimestampFrontier.Database() {
            @Override
            public Instant clock(Connection connection) throws SQLException {
                return databaseClock.now(connection);
            }

            @Override
            public Map<String, Instant> open(Connection connection) throws SQLException {
                return transactions.listWithStarts(connection);
            }
        };
    }

    /** A table's offset columns in the timestamp modes. */
    static final class Columns {
        final TimestampColumns timestamps;
        /** {@code null} in timestamp mode. */
        final String incrementing;

        Columns(TimestampColumns timestamps, String incrementing) {
            this.timestamps = timestamps;
            this.incrementing = incrementing;
        }
    }

    TableReader reader(Connection connection, SourceTable table, String topic, Columns columns,
                       Map<String, Object> offset) throws SQLException {
        TimestampSettings timestamps = settings.timestamps();
        TimestampPosition position = position(connection, offset);
        log.info("Reading {} in {} mode on timestamp columns {}{} {}", table, settings.mode().configValue(),
            columns.timestamps.names(), columns.incrementing == null ? "" : " and incrementing column "
                + columns.incrementing, position == null ? "from the start" : "after " + position);
        TimestampQuery query = new TimestampQuery(identifiers, table.source(), table.selectedColumns(),
            columns.timestamps.names(), columns.incrementing, settings.query().suffix());
        OffsetColumns offsetColumns = new OffsetColumns(table, columns.timestamps.names(),
            columns.timestamps.withTimeZone(), columns.incrementing, new TimestampInstants(settings.dbTimeZone()));
        TimestampFrontier frontier = new TimestampFrontier(table.title(), database, timestamps.delayMs(),
            timestamps.commitMaxWaitMs(), clock);
        return new TimestampReader(table, topic, query, offsetColumns, settings.batchMaxRows(), position, frontier);
    }

    /** The stored offset's position; without one, {@code timestamp.initial}'s (-1: the database's time now). */
    private TimestampPosition position(Connection connection, Map<String, Object> offset) throws SQLException {
        if (offset != null) {
            return SourceOffsets.timestampPosition(offset);
        }
        Long initial = settings.timestamps().initial();
        if (initial == null) {
            return null;
        }
        long millis = initial == TimestampSettings.INITIAL_NOW ? databaseClock.now(connection).toEpochMilli() : initial;
        return new TimestampPosition(Instant.ofEpochMilli(millis), null);
    }
}
