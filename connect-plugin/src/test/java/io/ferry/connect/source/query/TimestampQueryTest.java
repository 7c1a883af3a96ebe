package io.ferry.connect.source.query;

import static io.ferry.connect.source.query.SelectStatement.Parameter.READ_BELOW;
import static io.ferry.connect.source.query.SelectStatement.Parameter.GROUP_TIMESTAMP;
import static io.ferry.connect.source.query.SelectStatement.Parameter.LAST_INCREMENTING_VALUE;
import static io.ferry.connect.source.query.SelectStatement.Parameter.LAST_TIMESTAMP;
import static io.ferry.connect.source.query.SelectStatement.Parameter.ROW_LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ferry.connect.sql.IdentifierQuoting;
import io.ferry.connect.sql.Identifiers;
import io.ferry.connect.sql.SelectedColumn;
import io.ferry.connect.sql.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampQueryTest {
    private static final RowSource ORDERS = RowSource.table(new TableId("public", "orders"));
    private static final List<SelectedColumn> COLUMNS = SelectedColumn.named(List.of("id", "updated_at", "total"));
    private static final String SELECT = "SELECT \"id\", \"updated_at\", \"total\" FROM \"public\".\"orders\"";

    private static TimestampQuery timestampIncrementing() {
        return new TimestampQuery(Identifiers.alwaysQuoting(), ORDERS, COLUMNS, List.of("updated_at"), "id", "");
    }

    private static TimestampQuery timestampOnly(List<String> timestampColumns) {
        return new TimestampQuery(Identifiers.alwaysQuoting(), ORDERS, COLUMNS, timestampColumns, null, "");
    }

    @Test
    void timestampIncrementingReadsKeysetPagesOnTimestampAndIdBelowTheBound() {
        SelectStatement next = timestampIncrementing().nextPage();

        assertThat(next.sql()).isEqualTo(SELECT + " WHERE (\"updated_at\", \"id\") > (?, ?) AND \"updated_at\" < ?"
            + " ORDER BY \"updated_at\" ASC, \"id\" ASC LIMIT ?");
        assertThat(next.parameters()).containsExactly(LAST_TIMESTAMP, LAST_INCREMENTING_VALUE, READ_BELOW, ROW_LIMIT);
    }

    @Test
    void theFirstPageStartsFromTheOldestRow() {
        SelectStatement first = timestampIncrementing().firstPage();

        assertThat(first.sql()).isEqualTo(SELECT + " WHERE \"updated_at\" < ? ORDER BY \"updated_at\" ASC, \"id\" ASC"
            + " LIMIT ?");
        assertThat(first.parameters()).containsExactly(READ_BELOW, ROW_LIMIT);
        assertThat(timestampOnly(List.of("updated_at")).firstPage().sql())
            .isEqualTo(SELECT + " WHERE \"updated_at\" < ? ORDER BY \"updated_at\" ASC LIMIT ?");
    }

    @Test
    void timestampModeReadsThePageAfterTheLastTimestampAndAWholeGroupOfOneTimestamp() {
        TimestampQuery query = timestampOnly(List.of("updated_at"));

        assertThat(query.nextPage().sql()).isEqualTo(SELECT + " WHERE \"updated_at\" > ? AND \"updated_at\" < ?"
            + " ORDER BY \"updated_at\" ASC LIMIT ?");
        assertThat(query.nextPage().parameters()).containsExactly(LAST_TIMESTAMP, READ_BELOW, ROW_LIMIT);
        assertThat(query.group().sql()).isEqualTo(SELECT + " WHERE \"updated_at\" = ?");
        assertThat(query.group().parameters()).containsExactly(GROUP_TIMESTAMP);
    }

    @Test
    void aRowsTimestampIsTheFirstNonNullOfSeveralColumns() {
        assertThat(timestampOnly(List.of("updated_at", "created_at")).nextPage().sql()).isEqualTo(SELECT
            + " WHERE COALESCE(\"updated_at\", \"created_at\") > ? AND COALESCE(\"updated_at\", \"created_at\") < ?"
            + " ORDER BY COALESCE(\"updated_at\", \"created_at\") ASC LIMIT ?");
    }

    @Test
    void wrapsACustomQuerySoThatItsOwnWhereAndTheCriteriaBothApply() {
        TimestampQuery query = new TimestampQuery(new Identifiers(IdentifierQuoting.NEVER),
            RowSource.query("SELECT o.id, o.updated_at FROM orders o WHERE o.total > 0"),
            SelectedColumn.named(List.of("id", "updated_at")),
            List.of("updated_at"), "id", "");

        assertThat(query.nextPage().sql()).isEqualTo("SELECT id, updated_at FROM (\n"
            + "SELECT o.id, o.updated_at FROM orders o WHERE o.total > 0\n"
            + ") AS ferry_query WHERE (updated_at, id) > (?, ?) AND updated_at < ? ORDER BY updated_at ASC, id ASC LIMIT ?");
    }

    @Test
    void appendsTheQuerySuffixToEveryStatement() {
        TimestampQuery query = new TimestampQuery(Identifiers.alwaysQuoting(), ORDERS, COLUMNS, List.of("updated_at"),
            null, "FOR SHARE");

        assertThat(query.firstPage().sql()).endsWith("LIMIT ? FOR SHARE");
        assertThat(query.nextPage().sql()).endsWith("LIMIT ? FOR SHARE");
        assertThat(query.group().sql()).endsWith("\"updated_at\" = ? FOR SHARE");
    }
}
