package io.ferry.connect.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code ALTER TABLE t ADD COLUMN IF NOT EXISTS "a" TEXT NULL, ADD COLUMN IF NOT EXISTS ...}: the
 * columns auto.evolve adds, all in one statement. IF NOT EXISTS lets a task that lost the race to
 * another one go on.
 */
public final class AddColumnsBuilder {
    private final Identifiers identifiers;

    public AddColumnsBuilder(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    public String build(TableId table, List<ColumnDefinition> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An ALTER TABLE ... ADD COLUMN needs at least one column");
        }
        return "ALTER TABLE " + identifiers.quote(table) + " " + columns.stream()
            .map(c -> "ADD COLUMN IF NOT EXISTS " + c.sql(identifiers)).collect(Collectors.joining(", "));
    }
}
