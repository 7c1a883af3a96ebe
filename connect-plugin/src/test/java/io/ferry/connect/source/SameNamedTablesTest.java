package io.ferry.connect.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameNamedTablesTest {
    @Test
    void namesTheTablesThatWouldShareATopicAndTheTopic() {
        String problem = SameNamedTables.problem(List.of(new TableId("lab", "orders"), new TableId("public", "users"),
            new TableId("public", "orders")), "pg-");

        assertThat(problem).contains("[lab.orders, public.orders] would all go to topic pg-orders")
            .doesNotContain("users");
    }

    @Test
    void acceptsTablesOfDifferentNamesOrCase() {
        assertThat(SameNamedTables.problem(List.of(new TableId("lab", "Orders"), new TableId("public", "orders"),
            new TableId("public", "users")), "")).isNull();
    }
}
