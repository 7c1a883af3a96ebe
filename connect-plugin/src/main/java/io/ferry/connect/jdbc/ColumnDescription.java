package io.ferry.connect.jdbc;

import io.ferry.connect.sql.TypeName;
import java.util.Locale;

/** A column of a destination table as the database describes it: name and (base) type. */
public final class ColumnDescription {
    private final String name;
    private final String typeName;
    private final TypeName type;
    private final boolean enumType;
    private final int typeModifier;

    /** A column of a type whose schema and modifier are not known. */
    public ColumnDescription(String name, String typeName) {
        this(name, typeName, null, false, -1);
    }

    /**
     * @param typeSchema   the schema of the (base) type, as the catalog has it: pg_catalog for PostgreSQL's own
     * @param enumType     whether the (base) type is an enum
     * @param typeModifier {@code atttypmod}: the n of bit(n) or varchar(n), -1 when none was declared
     */
    public ColumnDescription(String name, String typeName, String typeSchema, boolean enumType, int typeModifier) {
        this.name = name;
        this.typeName = typeName.toLowerCase(Locale.ROOT);
        this.type = typeSchema == null ? null : new TypeName(typeSchema, typeName);
        this.enumType = enumType;
        this.typeModifier = typeModifier;
    }

    public String name() {
        return name;
    }

    /** PostgreSQL's internal type name: int4, timestamptz, jsonb, _text, ... (domains resolved). */
    public String typeName() {
        return typeName;
    }

    /** The type with its schema, exactly as the catalog names them (pg_catalog for PostgreSQL's own); null when not known. */
    public TypeName type() {
        return type;
    }

    public boolean isEnum() {
        return enumType;
    }

    /** {@code atttypmod}, e.g. the length of a bit(n) column; -1 when none was declared or it is not known. */
    public int typeModifier() {
        return typeModifier;
    }

    @Override
    public String toString() {
        return name + " " + typeName;
    }
}
