package io.ferry.connect.source.wakeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.TableId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WakeupTriggerSqlTest {
    private final WakeupTriggerSql sql = new WakeupTriggerSql(new TableId("My Schema", "Iris\"data"), "ferry_wakeup");

    @Test
    void createsAFunctionInTheTablesSchemaWhoseBodyNamesNothing() {
        assertThat(sql.createFunction()).isEqualTo("CREATE OR REPLACE FUNCTION \"My Schema\".\"ferry_wakeup_notify\"() "
            + "RETURNS trigger LANGUAGE plpgsql AS $ferry$ BEGIN PERFORM pg_catalog.pg_notify(TG_ARGV[0], "
            + "pg_catalog.quote_ident(TG_TABLE_SCHEMA) || '.' || pg_catalog.quote_ident(TG_TABLE_NAME)); "
            + "RETURN NULL; END $ferry$");
    }

    @Test
    void createsAStatementLevelTriggerGivenTheChannelAsItsArgument() {
        assertThat(sql.createTrigger()).isEqualTo("CREATE TRIGGER \"ferry_wakeup\" AFTER INSERT OR UPDATE ON "
            + "\"My Schema\".\"Iris\"\"data\" FOR EACH STATEMENT EXECUTE FUNCTION "
            + "\"My Schema\".\"ferry_wakeup_notify\"('ferry_wakeup')");
        assertThat(sql.dropTrigger()).isEqualTo("DROP TRIGGER IF EXISTS \"ferry_wakeup\" ON \"My Schema\".\"Iris\"\"data\"");
    }

    @Test
    void knowsTheArgumentsPostgresStoresForTheTrigger() {
        assertThat(sql.triggerArguments()).isEqualTo("ferry_wakeup\0".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void listensOnTheChannelAsAQuotedIdentifier() {
        assertThat(WakeupTriggerSql.listen("ferry_wakeup")).isEqualTo("LISTEN \"ferry_wakeup\"");
    }

    @Test
    void neverPutsAChannelThatIsNotAPlainNameIntoSql() {
        assertThatThrownBy(() -> WakeupTriggerSql.listen("x\"; DROP TABLE t; --"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WakeupTriggerSql(new TableId("public", "t"), "x'); DROP TABLE t; --"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WakeupTriggerSql(new TableId(null, "t"), "ferry_wakeup"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
