package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.jdbc.RelationKind;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class RelationLookupIT {
    @Test
    void findsATableByTheNameAStatementGivesItOnTheSearchPath() throws Exception {
        Database db = PostgresServer.server().createDatabase("relation_lookup");
        db.execute("CREATE SCHEMA other", "CREATE TABLE \"Mixed\" (id int)", "CREATE TABLE other.hidden (id int)");

        try (Connection connection = db.connect()) {
            assertThat(RelationLookup.oid(connection, "\"public\".\"Mixed\"")).isPresent();
            assertThat(RelationLookup.oid(connection, "\"Mixed\"")).isPresent();
            assertThat(RelationLookup.oid(connection, "Mixed")).as("a bare name is folded to lower case").isEmpty();
            assertThat(RelationLookup.oid(connection, "\"hidden\"")).as("not on the search_path").isEmpty();
            assertThat(RelationLookup.oid(connection, "\"other\".\"hidden\"")).isPresent();
            assertThat(RelationLookup.currentSchema(connection)).isEqualTo("public");
        }
    }

    @Test
    void tellsTablesPartitionedTablesViewsAndOtherRelationsApart() throws Exception {
        Database db = PostgresServer.server().createDatabase("relation_kinds");
        db.execute("CREATE TABLE plain (id int)", "CREATE TABLE parted (id int) PARTITION BY RANGE (id)",
            "CREATE VIEW seen AS SELECT id FROM plain", "CREATE MATERIALIZED VIEW kept AS SELECT id FROM plain",
            "CREATE SEQUENCE counter");

        try (Connection connection = db.connect()) {
            assertThat(kindOf(connection, "plain")).isEqualTo(RelationKind.TABLE);
            assertThat(kindOf(connection, "parted")).isEqualTo(RelationKind.PARTITIONED_TABLE);
            assertThat(kindOf(connection, "seen")).isEqualTo(RelationKind.VIEW);
            assertThat(kindOf(connection, "kept")).isEqualTo(RelationKind.MATERIALIZED_VIEW);
            assertThat(kindOf(connection, "counter")).isEqualTo(RelationKind.SEQUENCE);
        }
    }

    private static RelationKind kindOf(Connection connection, String name) throws Exception {
        return RelationLookup.kind(connection, RelationLookup.oid(connection, "\"" + name + "\"").get());
    }
}
