package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmlBuildersTest {
    private static final Identifiers QUOTED = Identifiers.alwaysQuoting();
    private static final TableId IRIS = new TableId(null, "iris_data");
    private static final TableId QUALIFIED = new TableId("sales", "Order Lines");
    private static final List<String> ID = Collections.singletonList("id");
    private static final List<String> VALUES = Arrays.asList("a", "b");

    @Test
    void insertListsKeyColumnsFirstAndBindsEveryColumn() {
        DmlStatement insert = new InsertBuilder(QUOTED).build(IRIS, ID, VALUES);
        assertThat(insert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"id\",\"a\",\"b\") VALUES (?,?,?)");
        assertThat(insert.boundColumns()).containsExactly("id", "a", "b");
    }

    @Test
    void insertWithoutKeyColumns() {
        DmlStatement insert = new InsertBuilder(QUOTED).build(IRIS, Collections.emptyList(), VALUES);
        assertThat(insert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"a\",\"b\") VALUES (?,?)");
    }

    @Test
    void insertIntoASchemaQualifiedTableQuotesBothParts() {
        DmlStatement insert = new InsertBuilder(QUOTED).build(QUALIFIED, ID, Collections.singletonList("x\"y"));
        assertThat(insert.sql()).isEqualTo("INSERT INTO \"sales\".\"Order Lines\" (\"id\",\"x\"\"y\") VALUES (?,?)");
    }

    @Test
    void insertWithNeverQuotingLeavesPlainNamesBare() {
        DmlStatement insert = new InsertBuilder(new Identifiers(IdentifierQuoting.NEVER))
            .build(QUALIFIED, ID, Collections.singletonList("Mixed Case"));
        assertThat(insert.sql()).isEqualTo("INSERT INTO sales.\"Order Lines\" (id,\"Mixed Case\") VALUES (?,?)");
    }

    @Test
    void upsertUpdatesEveryNonKeyColumnFromTheExcludedRow() {
        DmlStatement upsert = new UpsertBuilder(QUOTED).build(IRIS, ID, VALUES);
        assertThat(upsert.sql()).isEqualTo("INSERT INTO \"iris_data\" (\"id\",\"a\",\"b\") VALUES (?,?,?) "
            + "ON CONFLICT (\"id\") DO UPDATE SET \"a\" = EXCLUDED.\"a\", \"b\" = EXCLUDED.\"b\"");
        assertThat(upsert.boundColumns()).containsExactly("id", "a", "b");
    }

    @Test
    void upsertWithACompositeKeyOnAQualifiedTable() {
        DmlStatement upsert = new UpsertBuilder(QUOTED).build(QUALIFIED, Arrays.asList("k1", "k2"),
            Collections.singletonList("v"));
        assertThat(upsert.sql()).isEqualTo("INSERT INTO \"sales\".\"Order Lines\" (\"k1\",\"k2\",\"v\") VALUES (?,?,?) "
            + "ON CONFLICT (\"k1\",\"k2\") DO UPDATE SET \"v\" = EXCLUDED.\"v\"");
    }

    @Test
    void upsertDoesNothingOnConflictWhenEveryColumnIsAKeyColumn() {
        DmlStatement upsert = new UpsertBuilder(QUOTED).build(IRIS, Arrays.asList("k1", "k2"), Collections.emptyList());
        assertThat(upsert.sql())
            .isEqualTo("INSERT INTO \"iris_data\" (\"k1\",\"k2\") VALUES (?,?) ON CONFLICT (\"k1\",\"k2\") DO NOTHING");
    }

    @Test
    void upsertNeedsKeyColumns() {
        assertThatThrownBy(() -> new UpsertBuilder(QUOTED).build(IRIS, Collections.emptyList(), VALUES))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conflict target");
    }

    @Test
    void updateSetsTheOtherColumnsWhereTheKeyMatches() {
        DmlStatement update = new UpdateBuilder(QUOTED).build(QUALIFIED, Arrays.asList("k1", "k2"), VALUES);
        assertThat(update.sql()).isEqualTo(
            "UPDATE \"sales\".\"Order Lines\" SET \"a\" = ?, \"b\" = ? WHERE \"k1\" = ? AND \"k2\" = ?");
        assertThat(update.boundColumns()).containsExactly("a", "b", "k1", "k2");
    }

    @Test
    void updateNeedsAColumnBesidesTheKey() {
        assertThatThrownBy(() -> new UpdateBuilder(QUOTED).build(IRIS, ID, Collections.emptyList()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SET clause");
    }

    @Test
    void deleteMatchesEveryKeyColumn() {
        DmlStatement delete = new DeleteBuilder(QUOTED).build(IRIS, Arrays.asList("k1", "k2"));
        assertThat(delete.sql()).isEqualTo("DELETE FROM \"iris_data\" WHERE \"k1\" = ? AND \"k2\" = ?");
        assertThat(delete.boundColumns()).containsExactly("k1", "k2");
    }

    @Test
    void deleteNeedsKeyColumns() {
        assertThatThrownBy(() -> new DeleteBuilder(QUOTED).build(IRIS, Collections.emptyList()))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
