package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

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
}
