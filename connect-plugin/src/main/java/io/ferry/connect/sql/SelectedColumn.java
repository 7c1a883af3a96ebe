package io.ferry.connect.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column of a SELECT list: read as it is, or cast to a type whose text reads back exactly where
 * the column's own does not (money, whose text depends on lc_monetary, as numeric).
 */
public final class SelectedColumn {
    private final String name;
    private final TypeName cast;

    private SelectedColumn(String name, TypeName cast) {
        this.name = Objects.requireNonNull(name, "name");
        this.cast = cast;
    }

    public static SelectedColumn of(String name) {
        return new SelectedColumn(name, null);
    }

    public static SelectedColumn cast(String name, TypeName type) {
        return new SelectedColumn(name, Objects.requireNonNull(type, "type"));
    }

    /** The columns, each as it is. */
    public static List<SelectedColumn> named(List<String> names) {
        return names.stream().map(SelectedColumn::of).collect(Collectors.toList());
    }

    public String name() {
        return name;
    }

    /** The type the column is cast to; empty when it is read as it is. */
    public Optional<TypeName> cast() {
        return Optional.ofNullable(cast);
    }

    @Override
    public String toString() {
        return cast == null ? name : name + "::" + cast;
    }
}
