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
        SelectStatement select = BulkQuery.of(Identifiers.alwaysQuoting(),
            RowSource.table(new TableId("public", "iris_data")), SelectedColumn.named(List.of("id", "sepal_length")), "");

        assertThat(select.sql()).isEqualTo("SELECT \"id\", \"sepal_length\" FROM \"public\".\"iris_data\"");
        assertThat(select.parameters()).isEmpty();
    }

    @Test
    void refusesATableWithoutColumnsToSelect() {
        assertThatThrownBy(() -> BulkQuery.of(Identifiers.alwaysQuoting(), RowSource.table(new TableId("public", "t")),
            List.of(), ""))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selectsAQuerysRowsAndAppendsTheSuffix() {
        SelectStatement select = BulkQuery.of(Identifiers.alwaysQuoting(), RowSource.query("SELECT 1 AS one -- note"),
            SelectedColumn.named(List.of("one")), "FOR SHARE");

        assertThat(select.sql()).isEqualTo("SELECT \"one\" FROM (\nSELECT 1 AS one -- note\n) AS \"ferry_query\""
            + " FOR SHARE");
    }
}
