package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnnestInsertBuilderTest {
    private static final UnnestInsertBuilder QUOTED = new UnnestInsertBuilder(Identifiers.alwaysQuoting());
    private static final TableId IRIS = new TableId(null, "iris_data");
    private static final TableId QUALIFIED = new TableId("sales", "Order Lines");
    private static final List<String> ID = Collections.singletonList("id");
    private static final List<String> VALUES = Arrays.asList("a", "b");
    private static final List<TypeName> TYPES = types("int4", "float8", "timestamp");

    private static List<TypeName> types(String... builtIn) {
        return Arrays.stream(builtIn).map(TypeName::builtIn).collect(Collectors.toList());
    }

    @Test
    void insertTakesOneArrayPerColumnCastToItsBuiltInElementType() {
        DmlStatement insert = QUOTED.insert(IRIS, ID, VALUES, TYPES);
        assertThat(insert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"id\",\"a\",\"b\") SELECT * FROM unnest("
            + "?::\"pg_catalog\".\"int4\"[],?::\"pg_catalog\".\"float8\"[],?::\"pg_catalog\".\"timestamp\"[])");
        assertThat(insert.boundColumns()).containsExactly("id", "a", "b");
    }

    @Test
    void insertWithoutKeyColumns() {
        DmlStatement insert = QUOTED.insert(IRIS, Collections.emptyList(), VALUES, types("text", "uuid"));
        assertThat(insert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"a\",\"b\") SELECT * FROM unnest("
            + "?::\"pg_catalog\".\"text\"[],?::\"pg_catalog\".\"uuid\"[])");
    }

    @Test
    void upsertUpdatesEveryNonKeyColumnFromTheExcludedRow() {
        DmlStatement upsert = QUOTED.upsert(IRIS, ID, VALUES, TYPES);
        assertThat(upsert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"id\",\"a\",\"b\") SELECT * FROM unnest("
            + "?::\"pg_catalog\".\"int4\"[],?::\"pg_catalog\".\"float8\"[],?::\"pg_catalog\".\"timestamp\"[]) "
            + "ON CONFLICT (\"id\") DO UPDATE SET \"a\" = EXCLUDED.\"a\", \"b\" = EXCLUDED.\"b\"");
        assertThat(upsert.boundColumns()).containsExactly("id", "a", "b");
    }

    @Test
    void upsertOfKeyColumnsAloneDoesNothingOnConflict() {
        DmlStatement upsert = QUOTED.upsert(QUALIFIED, Arrays.asList("k1", "k\"2"), Collections.emptyList(),
            types("int8", "text"));
        assertThat(upsert.sql()).isEqualTo("INSERT INTO \"sales\".\"Order Lines\" (\"k1\",\"k\"\"2\") SELECT * FROM "
            + "unnest(?::\"pg_catalog\".\"int8\"[],?::\"pg_catalog\".\"text\"[]) ON CONFLICT (\"k1\",\"k\"\"2\") "
            + "DO NOTHING");
    }

    @Test
    void neverQuotingLeavesPlainColumnNamesBareButQuotesTypeNamesAsTheCatalogHasThem() {
        DmlStatement insert = new UnnestInsertBuilder(new Identifiers(IdentifierQuoting.NEVER))
            .insert(QUALIFIED, ID, Collections.singletonList("Mixed Case"), types("int8", "timestamptz"));
        assertThat(insert.sql()).isEqualTo("INSERT INTO sales.\"Order Lines\" (id,\"Mixed Case\") SELECT * FROM "
            + "unnest(?::\"pg_catalog\".\"int8\"[],?::\"pg_catalog\".\"timestamptz\"[])");
    }

    @Test
    void anElementTypeOfAnotherSchemaIsQuotedLikeAnyName() {
        DmlStatement insert = QUOTED.insert(IRIS, ID, Collections.singletonList("mood"),
            Arrays.asList(TypeName.builtIn("int4"), new TypeName("My Types", "Mo\"od")));
        assertThat(insert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"id\",\"mood\") SELECT * FROM unnest("
            + "?::\"pg_catalog\".\"int4\"[],?::\"My Types\".\"Mo\"\"od\"[])");
    }

    @Test
    void refusesAnElementTypeListThatDoesNotMatchTheColumns() {
        assertThatThrownBy(() -> QUOTED.insert(IRIS, ID, VALUES, types("int4", "text")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one element type each");
    }

    @Test
    void upsertNeedsKeyColumns() {
        assertThatThrownBy(() -> QUOTED.upsert(IRIS, Collections.emptyList(), VALUES, types("int4", "text")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflict target");
    }
}
