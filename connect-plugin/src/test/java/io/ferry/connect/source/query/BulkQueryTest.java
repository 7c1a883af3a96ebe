package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectedColumn;
import io.ferry.connect.sql.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkQueryTest {
    @Test
    void selectsEveryColumnInTableOrderWithoutParameters() {
        SelectStatement select = BulkQuery.of(Identifiers.alwaysQuoting(), new TableId("public", "iris_data"),
            SelectedColumn.named(List.of("id", "sepal_length")));

        assertThat(select.sql()).isEqualTo("SELECT \"id\", \"sepal_length\" FROM \"public\".\"iris_data\"");
        assertThat(select.parameters()).isEmpty();
    }

    @Test
    void refusesATableWithoutColumnsToSelect() {
        assertThatThrownBy(() -> BulkQuery.of(Identifiers.alwaysQuoting(), new TableId("public", "t"), List.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
