package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class PrimaryKeyColumnsIT {
    @Test
    void readsThePrimaryKeysColumnsInKeyOrderNotTableOrder() throws Exception {
        Database db = PostgresServer.server().createDatabase("primary_keys");
        db.execute("CREATE SCHEMA \"Sales\"",
            "CREATE TABLE \"Sales\".\"Lines\" (note text, \"Line\" int, order_id bigint, PRIMARY KEY (order_id, \"Line\"))",
            "CREATE TABLE public.\"Lines\" (id int PRIMARY KEY)",
            "CREATE TABLE public.keyless (a int UNIQUE NOT NULL)",
            "CREATE VIEW public.line_view AS SELECT order_id FROM \"Sales\".\"Lines\"",
            "CREATE TABLE public.parts (day date, n int, PRIMARY KEY (n, day)) PARTITION BY RANGE (day)",
            "ALTER TABLE \"Sales\".\"Lines\" DROP COLUMN note");

        try (Connection connection = db.connect()) {
            assertThat(PrimaryKeyColumns.of(connection, new TableId("Sales", "Lines")))
                .containsExactly("order_id", "Line");
            assertThat(PrimaryKeyColumns.of(connection, new TableId("public", "Lines"))).containsExactly("id");
            assertThat(PrimaryKeyColumns.of(connection, new TableId("public", "keyless"))).isEmpty();
            assertThat(PrimaryKeyColumns.of(connection, new TableId("public", "line_view"))).isEmpty();
            assertThat(PrimaryKeyColumns.of(connection, new TableId("public", "parts"))).containsExactly("n", "day");
            assertThat(PrimaryKeyColumns.of(connection, new TableId("public", "missing"))).isEmpty();
        }
    }
}
