package io.ferry.connect.jdbc;

/**
 * A table column as PostgreSQL's catalog describes it. Domains are resolved to their base
 * type, so {@link #typeName()} is the name of a real type (int4, numeric, timestamptz, ...).
 */
public final class CatalogColumn {
    /** {@code pg_type.typtype} of an enum type. */
    public static final char ENUM_KIND = 'e';

    private final String name;
    private final String typeName;
    private final int typeModifier;
    private final char typeKind;
    private final boolean notNull;
    private final boolean autoIncrement;

    public CatalogColumn(String name, String typeName, int typeModifier, char typeKind, boolean notNull,
                         boolean autoIncrement) {
        this.name = name;
        this.typeName = typeName;
        this.typeModifier = typeModifier;
        this.typeKind = typeKind;
        this.notNull = notNull;
        this.autoIncrement = autoIncrement;
    }

    public String name() {
        return name;
    }

    /** {@code pg_type.typname}, e.g. int4, varchar, _int4 for int4[]. */
    public String typeName() {
        return typeName;
    }

    /** {@code atttypmod}: -1 when the type was declared without modifiers (e.g. plain numeric). */
    public int typeModifier() {
        return typeModifier;
    }

    /** {@code pg_type.typtype}: b(ase), e(num), c(omposite), r(ange), ... */
    public char typeKind() {
        return typeKind;
    }

    public boolean notNull() {
        return notNull;
    }

    /** A serial column (default nextval(...)) or an identity column. */
    public boolean autoIncrement() {
        return autoIncrement;
    }

    @Override
    public String toString() {
        return name + " " + typeName;
    }
}
