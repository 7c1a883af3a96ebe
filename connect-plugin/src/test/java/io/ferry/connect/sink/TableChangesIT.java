package io.ferry.connect.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.config.SinkConfigChecks;
import io.ferry.connect.config.SinkSettings;
import io.ferry.connect.jdbc.ConnectionSource;
import io.ferry.connect.postgres.ErrorKind;
import io.ferry.connect.postgres.FailureText;
import io.ferry.connect.postgres.SqlStateClassifier;
import io.ferry.connect.postgres.types.PostgresTypes;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import io.ferry.testing.TableStructure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A table change that waits for a lock held elsewhere gives up after the lock timeout, as a transient failure. */
class TableChangesIT {
    private static final Schema V2 = SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA)
        .field("name", Schema.OPTIONAL_STRING_SCHEMA).field("colour", Schema.OPTIONAL_STRING_SCHEMA).build();

    private final Database db = PostgresServer.server().createDatabase("tablechanges");
    private final SinkSettings settings = settings(db);
    private final ConnectionSource connections = new ConnectionSource(settings.connection(), "table-changes-it", 2);

    private static SinkSettings settings(Database db) {
        Map<String, String> props = new HashMap<>(db.connectionConfig());
        props.put("table.name.format", "items");
        props.put("auto.evolve", "true");
        return SinkConfigChecks.parseValid(props);
    }

    @AfterEach
    void closeConnections() {
        connections.close();
    }

    @Test
    void aColumnAddedWhileAnotherTransactionHoldsTheTableFailsAfterTheLockTimeoutAsTransient() throws Exception {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
        Identifiers identifiers = new Identifiers(settings.identifierQuoting());
        TableChanges changes = new TableChanges(connections, identifiers,
            new DeclaredColumns(PostgresTypes.forWriting(settings.wallClock())), false, true, FailureText.FULL,
            Duration.ofMillis(300));
        TableCatalog catalog = new TableCatalog(connections, identifiers, settings.writeOptions().tableTypes(),
            changes);
        SinkRow row = new RowExtractor(settings).toRow(new SinkRecord("items", 0, null, null, V2,
            new Struct(V2).put("id", 1).put("colour", "red"), 0));
        try (Connection reader = db.connect(); Statement read = reader.createStatement()) {
            reader.setAutoCommit(false);
            read.execute("SELECT * FROM items"); // holds the table's ACCESS SHARE lock until the rollback

            assertThatThrownBy(() -> catalog.check(row)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(SqlStateClassifier.sqlStateOf(e)).isEqualTo("55P03"))
                .satisfies(e -> assertThat(SqlStateClassifier.classify(e)).isEqualTo(ErrorKind.RETRIABLE));
            reader.rollback();
        }
        catalog.check(row); // the put, delivered again
        assertThat(TableStructure.of(db, "public", "items").columns()).containsExactly("id integer NOT NULL",
            "name text", "colour text");
    }
}
