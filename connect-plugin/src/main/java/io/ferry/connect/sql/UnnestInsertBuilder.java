package io.ferry.connect.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An INSERT (or upsert) of many rows in one statement, one array parameter per column:
 * {@code INSERT INTO t ("k","a") SELECT * FROM unnest(?::pg_catalog.int4[],?::pg_catalog.text[])}.
 * Each array is cast to its element type, named with its schema so that the search_path plays no
 * part; the INSERT then converts each element to its column's type the way it converts a bound
 * value of that type.
 */
public final class UnnestInsertBuilder {
    private final Identifiers identifiers;
    /** Type names come from the catalog exactly as stored: quoted whatever quote.sql.identifiers says. */
    private final Identifiers typeNames = Identifiers.alwaysQuoting();
    private final ColumnLists lists;
    private final UpsertBuilder upsert;

    public UnnestInsertBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
        this.lists = new ColumnLists(identifiers);
        this.upsert = new UpsertBuilder(identifiers);
    }

    /**
     * @param elementTypes the type of each column's array elements, in the order of the key columns
     *                     and then the other columns
     */
    public DmlStatement insert(TableId table, List<String> keyColumns, List<String> otherColumns,
                               List<TypeName> elementTypes) {
        List<String> columns = ColumnLists.concat(keyColumns, otherColumns);
        ColumnLists.requireColumns(columns, "An INSERT");
        if (elementTypes.size() != columns.size()) {
            throw new IllegalArgumentException("Columns " + columns + " need one element type each, not "
                + elementTypes);
        }
        String arrays = elementTypes.stream().map(type -> "?::" + typeNames.quote(type.schema()) + "."
            + typeNames.quote(type.name()) + "[]").collect(Collectors.joining(","));
        String sql = "INSERT INTO " + identifiers.quote(table) + " (" + lists.names(columns) + ") SELECT * FROM unnest("
            + arrays + ")";
        return new DmlStatement(sql, columns);
    }

    /** The same insert, updating the row whose key columns conflict (see {@link UpsertBuilder}). */
    public DmlStatement upsert(TableId table, List<String> keyColumns, List<String> otherColumns,
                               List<TypeName> elementTypes) {
        DmlStatement plain = insert(table, keyColumns, otherColumns, elementTypes);
        return new DmlStatement(plain.sql() + upsert.conflictClause(keyColumns, otherColumns), plain.boundColumns());
    }
}
