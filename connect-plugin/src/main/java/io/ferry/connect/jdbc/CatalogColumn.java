package io.ferry.connect.jdbc;

import java.util.Optional;

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
    private final CatalogColumn element;
    private final int dimensions;

    public CatalogColumn(String name, String typeName, int typeModifier, char typeKind, boolean notNull,
                         boolean autoIncrement) {
        this(name, typeName, typeModifier, typeKind, notNull, autoIncrement, null, 0);
    }

    private CatalogColumn(String name, String typeName, int typeModifier, char typeKind, boolean notNull,
                          boolean autoIncrement, CatalogColumn element, int dimensions) {
        this.name = name;
        this.typeName = typeName;
        this.typeModifier = typeModifier;
        this.typeKind = typeKind;
        this.notNull = notNull;
        this.autoIncrement = autoIncrement;
        this.element = element;
        this.dimensions = dimensions;
    }

    /**
     * This column as an array column of elements of the given (base) type, each of which may be null.
     *
     * @param dimensions the dimensions declared ({@code int[][]} is 2); 0 when none were (CREATE TABLE AS)
     */
    public CatalogColumn arrayOf(String elementTypeName, int elementTypeModifier, char elementTypeKind,
                                 int dimensions) {
        CatalogColumn elements =
            new CatalogColumn(name, elementTypeName, elementTypeModifier, elementTypeKind, false, false);
        return new CatalogColumn(name, typeName, typeModifier, typeKind, notNull, autoIncrement, elements, dimensions);
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

    /** The elements of an array column, as a column of their type; empty for any other column. */
    public Optional<CatalogColumn> element() {
        return Optional.ofNullable(element);
    }

    /** The dimensions an array column was declared with; PostgreSQL does not hold its values to them. */
    public int dimensions() {
        return dimensions;
    }

    @Override
    public String toString() {
        return name + " " + typeName;
    }
}
