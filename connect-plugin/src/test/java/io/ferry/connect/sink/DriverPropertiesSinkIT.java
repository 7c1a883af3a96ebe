package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisRecords;
import io.ferry.testing.IrisTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A connection.<property> key reaches the driver of the task's connections, as in Confluent's connector. */
class DriverPropertiesSinkIT {
    @Test
    void theTasksConnectionsCarryTheApplicationNameOfConnectionApplicationName() {
        Database db = PostgresServer.server().createDatabase("sink_driver_props");
        IrisTable.createIn(db);
        String name = "ferry-sink-" + System.nanoTime();
        try (SinkTaskRunner sink = SinkTaskRunner.start(db, "table.name.format", "iris_data", "insert.mode", "upsert",
            "pk.mode", "record_value", "pk.fields", "id", "connection.ApplicationName", name)) {
            sink.putAndCommit(IrisRecords.record(IrisRecords.row(1, 0L, 5.1, 0), 0));

            assertThat(db.rows("SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = '" + name + "'")).containsExactly(List.of(true));
        }
        assertThat(db.count("iris_data")).isEqualTo(1);
    }
}
