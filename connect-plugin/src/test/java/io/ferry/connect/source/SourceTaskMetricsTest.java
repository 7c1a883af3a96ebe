package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.postgres.types.NumericMapping;
import io.ferry.connect.metrics.TaskName;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.source.query.RowSource;
import io.ferry.connect.source.query.SourceOffsets;
import io.ferry.connect.source.query.SourceTable;
import io.ferry.connect.source.query.TimestampPosition;
import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.MillisClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The source metrics as a JMX client reads them, on a server of the test's own and a clock it moves. */
class SourceTaskMetricsTest {
    private static final PostgresTypes TYPES = new PostgresTypes(ZoneId.of("UTC"), NumericMapping.NONE);
    private static final SourceTable ORDERS = SourceTable.of(new TableId("public", "orders"), List.of(), TYPES);
    private static final SourceTable ITEMS = SourceTable.of(new TableId("public", "items"), List.of(), TYPES);

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private long now = 1_000_000;
    private final MillisClock clock = new MillisClock() {
        @Override
        public long millis() {
            return now;
        }
    };
    private final SourceTaskMetrics metrics = new SourceTaskMetrics(new TaskName("pg-source", "1"), clock, server);

    private long attribute(String name, String attribute) throws Exception {
        return (Long) server.getAttribute(new ObjectName(name), attribute);
    }

    private static final String TASK = "io.ferry.connect:type=source-task-metrics,connector=pg-source,task=1";
    private static final String ORDERS_BEAN = "io.ferry.connect:type=source-table-metrics,connector=pg-source,task=1,"
        + "table=public.orders";

    private static SourceRecord incrementing(long value) {
        return new SourceRecord(Map.of(), SourceOffsets.incrementingOffset(value), "orders", null, null);
    }

    private static SourceRecord stamped(String timestamp) {
        return new SourceRecord(Map.of(), SourceOffsets.timestampOffset(new TimestampPosition(Instant.parse(timestamp),
            null)), "orders", null, null);
    }

    @Test
    void countsRowsReadAndEmittedPerTableAndInTotal() throws Exception {
        metrics.polled();
        metrics.table(ORDERS).read(3, 1, 40);
        metrics.table(ORDERS).emitted(List.of(incrementing(1), incrementing(2)));
        metrics.table(ITEMS).read(5, 0, 10);
        metrics.table(ITEMS).emitted(List.of(incrementing(1), incrementing(2), incrementing(3), incrementing(4),
            incrementing(5)));

        assertThat(attribute(ORDERS_BEAN, "RowsRead")).isEqualTo(3);
        assertThat(attribute(ORDERS_BEAN, "RowsEmitted")).isEqualTo(2);
        assertThat(attribute(ORDERS_BEAN, "RowsHeld")).isEqualTo(1);
        assertThat(attribute(ORDERS_BEAN, "ReadTimeMs")).isEqualTo(40);
        assertThat(attribute(TASK, "Polls")).isEqualTo(1);
        assertThat(attribute(TASK, "Tables")).isEqualTo(2);
        assertThat(attribute(TASK, "RowsRead")).isEqualTo(8);
        assertThat(attribute(TASK, "RowsEmitted")).isEqualTo(7);
        assertThat(attribute(TASK, "Reads")).isEqualTo(2);
        assertThat(attribute(TASK, "ReadTimeMs")).isEqualTo(50);
        assertThat(attribute(TASK, "RowsHeld")).isEqualTo(1);
    }

    @Test
    void heldAgeRunsFromTheFirstReadThatHeldRowsUntilOneHoldsNone() throws Exception {
        metrics.table(ORDERS).read(2, 2, 1);
        now += 300;
        metrics.table(ORDERS).read(3, 3, 1);
        now += 200;
        assertThat(attribute(ORDERS_BEAN, "OldestHeldAgeMs")).isEqualTo(500);
        assertThat(attribute(TASK, "OldestHeldAgeMs")).isEqualTo(500);

        metrics.table(ORDERS).read(3, 0, 1);
        assertThat(attribute(ORDERS_BEAN, "OldestHeldAgeMs")).isZero();
        assertThat(attribute(ORDERS_BEAN, "RowsHeld")).isZero();
    }

    @Test
    void newestRowAgeIsNowLessItsTimestampInTheTimestampModes() throws Exception {
        now = Instant.parse("2024-05-01T10:00:05Z").toEpochMilli();
        metrics.table(ORDERS).emitted(List.of(stamped("2024-05-01T10:00:01Z"), stamped("2024-05-01T10:00:02Z")));

        assertThat(attribute(ORDERS_BEAN, "NewestRowAgeMs")).isEqualTo(3_000);
    }

    @Test
    void newestRowAgeIsTheTimeSinceTheLastEmitWithoutTimestamps() throws Exception {
        metrics.table(ITEMS);
        assertThat(attribute(ORDERS_BEAN.replace("orders", "items"), "NewestRowAgeMs")).isEqualTo(-1);

        metrics.table(ITEMS).emitted(List.of(incrementing(7)));
        now += 1_500;

        assertThat(attribute(ORDERS_BEAN.replace("orders", "items"), "NewestRowAgeMs")).isEqualTo(1_500);
        assertThat(attribute(TASK, "NewestRowAgeMs")).isEqualTo(1_500);
    }

    @Test
    void theCustomQueryIsPublishedAsTableQueryAndClosingUnpublishesEveryBean() throws Exception {
        metrics.table(SourceTable.of(RowSource.query("SELECT 1"), List.of(), TYPES));
        assertThat(server.isRegistered(new ObjectName(
            "io.ferry.connect:type=source-table-metrics,connector=pg-source,task=1,table=query"))).isTrue();

        metrics.close();

        assertThat(server.queryNames(new ObjectName("io.ferry.connect:*"), null)).isEmpty();
    }
}
