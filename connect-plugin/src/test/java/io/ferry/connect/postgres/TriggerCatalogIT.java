package io.ferry.connect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import io.ferry.connect.testing.PostgresServer;
import io.ferry.testing.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class TriggerCatalogIT {
    @Test
    void readsATriggersArgumentsAndWhetherAFunctionExists() throws Exception {
        Database db = PostgresServer.server().createDatabase("trigger_catalog");
        db.execute("CREATE TABLE t (id int)",
            "CREATE FUNCTION public.notify_it() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
            "CREATE TRIGGER tell AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION public.notify_it('chan')");
        TableId table = new TableId("public", "t");

        try (Connection connection = db.connect()) {
            assertThat(TriggerCatalog.triggerArguments(connection, table, "tell"))
                .isEqualTo("chan\0".getBytes(StandardCharsets.UTF_8));
            assertThat(TriggerCatalog.triggerArguments(connection, table, "other")).isNull();
            assertThat(TriggerCatalog.functionExists(connection, "public", "notify_it")).isTrue();
            assertThat(TriggerCatalog.functionExists(connection, "public", "missing")).isFalse();
            TriggerCatalog.Privileges owner = TriggerCatalog.privileges(connection, "\"public\".\"t\"", "public");
            assertThat(owner.trigger()).isTrue();
            assertThat(owner.createInSchema()).isTrue();
        }
    }
}
