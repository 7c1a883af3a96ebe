package io.ferry.connect.sql;

import java.util.Objects;

/** A data type qualified with its schema, names exactly as the catalog has them: pg_catalog.int4, public.mood. */
public final class TypeName {
    private static final String BUILT_IN_SCHEMA = "pg_catalog";

    private final String schema;
    private final String name;

    public TypeName(String schema, String name) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A type of PostgreSQL's own, named so that no type of the search_path can stand in for it. */
    public static TypeName builtIn(String name) {
        return new TypeName(BUILT_IN_SCHEMA, name);
    }

    public String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TypeName)) {
            return false;
        }
        TypeName other = (TypeName) o;
        return schema.equals(other.schema) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
