package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code transaction.isolation.mode} is the level of the transactions the task reads in: a view
 * reports the level of the transaction that reads it.
 */
class TransactionIsolationSourceIT {
    private static final TableId PROBE = new TableId("public", "isolation_probe");

    @ParameterizedTest
    @CsvSource({"DEFAULT, read committed", "READ_UNCOMMITTED, read uncommitted", "READ_COMMITTED, read committed",
        "REPEATABLE_READ, repeatable read", "SERIALIZABLE, serializable"})
    void readsInTransactionsOfTheConfiguredLevel(String mode, String level) throws Exception {
        Database db = PostgresServer.server().createDatabase("isolation");
        db.execute("CREATE VIEW isolation_probe AS "
            + "SELECT 1 AS id, current_setting('transaction_isolation') AS level");
        SourceTaskRunner runner = new SourceTaskRunner(db, Map.of("mode", "bulk", "table.whitelist", "isolation_probe",
            "transaction.isolation.mode", mode), PROBE);
        PostgresSourceTask task = runner.start();
        try {
            List<SourceRecord> records = SourceTaskRunner.pollUntil(task, runner.context, r -> !r.isEmpty(), 30_000);

            assertThat(records).extracting(r -> ((Struct) r.value()).getString("level")).containsExactly(level);
        } finally {
            task.stop();
        }
    }
}
