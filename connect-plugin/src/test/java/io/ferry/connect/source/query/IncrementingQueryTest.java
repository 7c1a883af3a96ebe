package io.ferry.connect.source.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.IdentifierQuoting;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectedColumn;
import io.ferry.connect.sql.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncrementingQueryTest {
    private static final TableId IRIS = new TableId("public", "iris_data");
    private static final List<SelectedColumn> COLUMNS = SelectedColumn.named(List.of("id", "timestamp", "target"));

    @Test
    void readsThePageAfterTheLastValueWithBoundValueAndLimit() {
        SelectStatement next = new IncrementingQuery(Identifiers.alwaysQuoting(), RowSource.table(IRIS), COLUMNS, "id", "").nextPage();

        assertThat(next.sql()).isEqualTo("SELECT \"id\", \"timestamp\", \"target\" FROM \"public\".\"iris_data\""
            + " WHERE \"id\" > ? ORDER BY \"id\" ASC LIMIT ?");
        assertThat(next.parameters()).containsExactly(
            SelectStatement.Parameter.LAST_INCREMENTING_VALUE, SelectStatement.Parameter.ROW_LIMIT);
    }

    @Test
    void readsTheFirstPageFromTheSmallestValueWhenNothingWasReadYet() {
        SelectStatement first = new IncrementingQuery(Identifiers.alwaysQuoting(), RowSource.table(IRIS), COLUMNS, "id", "").firstPage();

        assertThat(first.sql()).isEqualTo("SELECT \"id\", \"timestamp\", \"target\" FROM \"public\".\"iris_data\""
            + " ORDER BY \"id\" ASC LIMIT ?");
        assertThat(first.parameters()).containsExactly(SelectStatement.Parameter.ROW_LIMIT);
    }

    @Test
    void leavesPlainNamesUnquotedWithNeverButStillQuotesOddNames() {
        SelectStatement next = new IncrementingQuery(new Identifiers(IdentifierQuoting.NEVER),
            RowSource.table(new TableId("sales", "Order Lines")), SelectedColumn.named(List.of("line_no", "Qty \"x\"")),
            "line_no", "")
            .nextPage();

        assertThat(next.sql()).isEqualTo("SELECT line_no, \"Qty \"\"x\"\"\" FROM sales.\"Order Lines\""
            + " WHERE line_no > ? ORDER BY line_no ASC LIMIT ?");
    }

    @Test
    void appendsTheQuerySuffixAtTheEndAsConfluentsConnectorDoes() {
        SelectStatement next = new IncrementingQuery(Identifiers.alwaysQuoting(), RowSource.table(IRIS), COLUMNS, "id",
            " FOR SHARE ").nextPage();

        assertThat(next.sql()).endsWith(" ORDER BY \"id\" ASC LIMIT ? FOR SHARE");
    }

    @Test
    void readsACustomQuerysRowsThroughASubquerySoItsOwnWhereStays() {
        SelectStatement next = new IncrementingQuery(Identifiers.alwaysQuoting(),
            RowSource.query("SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer WHERE o.paid;"),
            SelectedColumn.named(List.of("id", "name")), "id", "").nextPage();

        assertThat(next.sql()).isEqualTo("SELECT \"id\", \"name\" FROM (\n"
            + "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer WHERE o.paid\n"
            + ") AS \"ferry_query\" WHERE \"id\" > ? ORDER BY \"id\" ASC LIMIT ?");
    }
}
