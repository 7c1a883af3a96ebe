package io.ferry.connect.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdlBuildersTest {
    private static final Identifiers QUOTED = Identifiers.alwaysQuoting();
    private static final Identifiers BARE = new Identifiers(IdentifierQuoting.NEVER);
    private static final TableId ORDERS = new TableId(null, "orders");
    private static final TableId QUALIFIED = new TableId("sales", "Order Lines");
    private static final List<ColumnDefinition> COLUMNS = Arrays.asList(
        ColumnDefinition.notNull("id", "BIGINT"),
        ColumnDefinition.nullable("name", "TEXT"),
        ColumnDefinition.withDefault("qty", "INT", "5"));

    @Test
    void createsTheTableWithEachColumnsNullabilityOrDefaultAndThePrimaryKey() {
        assertThat(new CreateTableBuilder(QUOTED).build(ORDERS, COLUMNS, Collections.singletonList("id")))
            .isEqualTo("CREATE TABLE IF NOT EXISTS \"orders\" (\"id\" BIGINT NOT NULL, \"name\" TEXT NULL, "
                + "\"qty\" INT DEFAULT 5, PRIMARY KEY (\"id\"))");
    }

    @Test
    void createsATableWithoutAPrimaryKey() {
        assertThat(new CreateTableBuilder(QUOTED).build(ORDERS, COLUMNS, Collections.emptyList()))
            .isEqualTo("CREATE TABLE IF NOT EXISTS \"orders\" (\"id\" BIGINT NOT NULL, \"name\" TEXT NULL, "
                + "\"qty\" INT DEFAULT 5)");
    }

    @Test
    void createsTheKafkaCoordinatesKey() {
        List<ColumnDefinition> columns = Arrays.asList(ColumnDefinition.notNull("__connect_topic", "TEXT"),
            ColumnDefinition.notNull("__connect_partition", "INT"), ColumnDefinition.notNull("__connect_offset",
                "BIGINT"), ColumnDefinition.nullable("v", "DOUBLE PRECISION"));
        assertThat(new CreateTableBuilder(QUOTED).build(ORDERS, columns, Arrays.asList("__connect_topic",
            "__connect_partition", "__connect_offset"))).isEqualTo("CREATE TABLE IF NOT EXISTS \"orders\" ("
            + "\"__connect_topic\" TEXT NOT NULL, \"__connect_partition\" INT NOT NULL, \"__connect_offset\" BIGINT "
            + "NOT NULL, \"v\" DOUBLE PRECISION NULL, PRIMARY KEY (\"__connect_topic\",\"__connect_partition\","
            + "\"__connect_offset\"))");
    }

    @Test
    void createsInTheSchemaOfAQualifiedNameAndQuotesOddNames() {
        List<ColumnDefinition> columns = Arrays.asList(ColumnDefinition.notNull("Order \"No\"", "INT"),
            ColumnDefinition.nullable("select", "TEXT[]"), ColumnDefinition.nullable("x;DROP TABLE y", "DATE"));
        assertThat(new CreateTableBuilder(QUOTED).build(QUALIFIED, columns, Collections.singletonList("Order \"No\"")))
            .isEqualTo("CREATE TABLE IF NOT EXISTS \"sales\".\"Order Lines\" (\"Order \"\"No\"\"\" INT NOT NULL, "
                + "\"select\" TEXT[] NULL, \"x;DROP TABLE y\" DATE NULL, PRIMARY KEY (\"Order \"\"No\"\"\"))");
    }

    @Test
    void withNeverQuotingLeavesPlainNamesBareAndKeywordsQuoted() {
        List<ColumnDefinition> columns = Arrays.asList(ColumnDefinition.notNull("Id", "INT"),
            ColumnDefinition.nullable("user", "TEXT"), ColumnDefinition.nullable("Mixed Case", "TEXT"));
        assertThat(new CreateTableBuilder(BARE).build(QUALIFIED, columns, Collections.singletonList("Id")))
            .isEqualTo("CREATE TABLE IF NOT EXISTS sales.\"Order Lines\" (Id INT NOT NULL, \"user\" TEXT NULL, "
                + "\"Mixed Case\" TEXT NULL, PRIMARY KEY (Id))");
    }

    @Test
    void addsEveryMissingColumnInOneStatementIfNotThereYet() {
        assertThat(new AddColumnsBuilder(QUOTED).build(QUALIFIED, COLUMNS.subList(1, 3)))
            .isEqualTo("ALTER TABLE \"sales\".\"Order Lines\" ADD COLUMN IF NOT EXISTS \"name\" TEXT NULL, "
                + "ADD COLUMN IF NOT EXISTS \"qty\" INT DEFAULT 5");
    }

    @Test
    void addsOneColumn() {
        assertThat(new AddColumnsBuilder(BARE).build(ORDERS, Collections.singletonList(
            ColumnDefinition.withDefault("note", "TEXT", Literals.string("it's")))))
            .isEqualTo("ALTER TABLE orders ADD COLUMN IF NOT EXISTS note TEXT DEFAULT 'it''s'");
    }

    @Test
    void refusesStatementsWithoutColumns() {
        assertThatThrownBy(() -> new CreateTableBuilder(QUOTED).build(ORDERS, Collections.emptyList(),
            Collections.emptyList())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddColumnsBuilder(QUOTED).build(ORDERS, Collections.emptyList()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnShowsAsDeclared() {
        assertThat(ColumnDefinition.withDefault("qty", "INT", "5")).hasToString("\"qty\" INT DEFAULT 5")
            .isEqualTo(ColumnDefinition.withDefault("qty", "INT", "5"))
            .isNotEqualTo(ColumnDefinition.nullable("qty", "INT"));
    }
}
