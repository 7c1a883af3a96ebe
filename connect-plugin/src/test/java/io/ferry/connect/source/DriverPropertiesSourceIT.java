package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.IrisTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A connection.<property> key reaches the driver of the task's connection, as in Confluent's connector. */
class DriverPropertiesSourceIT {
    @Test
    void theTasksConnectionCarriesTheApplicationNameOfConnectionApplicationName() throws Exception {
        Database db = PostgresServer.server().createDatabase("driver_props");
        IrisTable.createIn(db);
        db.execute("INSERT INTO iris_data (target) VALUES (1)");
        String name = "ferry-source-" + System.nanoTime();
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("connection.ApplicationName", name),
            new TableId("public", "iris_data"));
        PostgresSourceTask task = runner.start();
        try {
            assertThat(SourceTaskRunner.pollUntil(task, runner.context, r -> !r.isEmpty(), 30_000)).hasSize(1);

            assertThat(db.rows("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = '" + name + "'")).containsExactly(java.util.List.of(1L));
        } finally {
            task.stop();
        }
    }
}
