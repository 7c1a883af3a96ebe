package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.postgres.CatalogColumns;
import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.postgres.types.TimestampInstants;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The reader against a real table, with the database's clock and open transactions as the test sets them. */
class TimestampReaderIT {
    private static final TableId ORDERS = new TableId("public", "orders");
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private Instant clock = T0.plusSeconds(60);
    private final Map<String, Instant> open = new HashMap<>();

    private TimestampReader reader(Connection connection, int batchMaxRows) throws Exception {
        SourceTable table = SourceTable.of(ORDERS, CatalogColumns.of(connection, ORDERS),
            new PostgresTypes(ZoneOffset.UTC, NumericMapping.NONE));
        TimestampFrontier frontier = new TimestampFrontier("table public.orders", new TimestampFrontier.Database() {
            @Override
            public Instant clock(Connection c) {
                return clock;
            }

            @Override
            public Map<String, Instant> open(Connection c) {
                return new HashMap<>(open);
            }
        }, 0, 60_000, new SteppedClock());
        List<String> timestamps = List.of("updated_at");
        return new TimestampReader(table, "orders", new TimestampQuery(Identifiers.alwaysQuoting(), table.source(),
            table.selectedColumns(), timestamps, "id", ""), new OffsetColumns(table, timestamps, true, "id",
            new TimestampInstants(ZoneOffset.UTC)), batchMaxRows, null, frontier);
    }

    private static Database orders(String name) {
        Database db = PostgresServer.server().createDatabase(name);
        db.execute("CREATE TABLE orders (id bigint PRIMARY KEY, updated_at timestamptz NOT NULL)");
        return db;
    }

    private static List<Long> ids(List<SourceRecord> records) {
        return records.stream().map(r -> ((Struct) r.value()).getInt64("id")).collect(Collectors.toList());
    }

    @Test
    void holdsRowsInsideTheStartWindowAndAsksToBeReadAgainSoonRatherThanAfterThePollInterval() throws Exception {
        Database db = orders("reader_window");
        db.execute("INSERT INTO orders VALUES (1, '2024-05-01 12:00:00+00'), (2, '2024-05-01 12:00:59.980+00')");
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            TimestampReader reader = reader(connection, 10);

            assertThat(ids(reader.read(connection))).containsExactly(1L);
            assertThat(reader.awaitsCommits()).as("row 2 is younger than the start window: soon final").isTrue();
            assertThat(reader.mayHaveMore()).isFalse();

            clock = clock.plusMillis(40);
            assertThat(ids(reader.read(connection))).containsExactly(2L);
            assertThat(reader.awaitsCommits()).isFalse();
            assertThat(reader.read(connection)).isEmpty();
            assertThat(reader.awaitsCommits()).as("nothing held: the poll interval applies").isFalse();
        }
    }

    @Test
    void holdsRowsAboveTheStartOfAnOpenTransactionAndPublishesThemOnceItEnded() throws Exception {
        Database db = orders("reader_open");
        db.execute("INSERT INTO orders SELECT g, timestamp with time zone '2024-05-01 12:00:00+00' + g * interval '1 s'"
            + " FROM generate_series(1, 30) g");
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            TimestampReader reader = reader(connection, 10);
            open.put("vxid:7/1", T0.plusSeconds(15).plusMillis(500));

            assertThat(ids(reader.read(connection))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
            assertThat(reader.mayHaveMore()).isTrue();
            assertThat(ids(reader.read(connection))).containsExactly(11L, 12L, 13L, 14L, 15L);
            assertThat(reader.awaitsCommits()).isTrue();
            assertThat(reader.mayHaveMore()).isFalse();
            assertThat(reader.read(connection)).isEmpty();

            open.clear();
            assertThat(ids(reader.read(connection))).containsExactly(16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L);
            assertThat(ids(reader.read(connection))).containsExactly(26L, 27L, 28L, 29L, 30L);
            assertThat(reader.awaitsCommits()).isFalse();
        }
    }
}
