package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class SelectBuilderTest {
    @Test
    void selectsTheColumnsInTheOrderGivenFromTheQualifiedTable() {
        assertThat(new SelectBuilder(Identifiers.alwaysQuoting()).build(new TableId("public", "iris_data"),
            SelectedColumn.named(Arrays.asList("id", "sepal_length", "x\"y"))))
            .isEqualTo("SELECT \"id\", \"sepal_length\", \"x\"\"y\" FROM \"public\".\"iris_data\"");
    }

    @Test
    void leavesPlainNamesBareWithNeverQuoting() {
        assertThat(new SelectBuilder(new Identifiers(IdentifierQuoting.NEVER)).build(new TableId("sales", "Order Lines"),
            SelectedColumn.named(Arrays.asList("line_no", "Select"))))
            .isEqualTo("SELECT line_no, \"select\" FROM sales.\"Order Lines\"");
    }

    @Test
    void castsAColumnToItsQualifiedTypeUnderItsOwnName() {
        assertThat(new SelectBuilder(new Identifiers(IdentifierQuoting.NEVER)).build(new TableId("public", "t"),
            Arrays.asList(SelectedColumn.of("id"), SelectedColumn.cast("price", TypeName.builtIn("numeric")))))
            .isEqualTo("SELECT id, price::\"pg_catalog\".\"numeric\" AS price FROM public.t");
    }

    @Test
    void refusesToSelectNoColumns() {
        assertThatThrownBy(() -> new SelectBuilder(Identifiers.alwaysQuoting())
            .build(new TableId(null, "t"), Collections.emptyList()))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("A SELECT needs at least one column");
    }

    @Test
    void wrapsACustomQueryOnLinesOfItsOwnWithoutItsSemicolon() {
        assertThat(new SelectBuilder(Identifiers.alwaysQuoting()).buildOverQuery(
            "  SELECT a, b FROM t WHERE a > 1 -- only positive\n ; ;  ", SelectedColumn.named(Arrays.asList("a", "b"))))
            .isEqualTo("SELECT \"a\", \"b\" FROM (\nSELECT a, b FROM t WHERE a > 1 -- only positive\n) AS \"ferry_query\"");
    }
}
