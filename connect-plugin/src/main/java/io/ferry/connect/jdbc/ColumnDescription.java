package io.ferry.connect.jdbc;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A column of a destination table as the database describes it: name and (base) type name. */
public final class ColumnDescription {
    private static final Set<String> TEXT_TYPES =
        new HashSet<>(Arrays.asList("text", "varchar", "bpchar", "char", "name", "citext"));

    private final String name;
    private final String typeName;

    public ColumnDescription(String name, String typeName) {
        this.name = name;
        this.typeName = typeName.toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    /** PostgreSQL's internal type name: int4, timestamptz, jsonb, _text, ... (domains resolved). */
    public String typeName() {
        return typeName;
    }

    /** Whether a string can be bound as text; otherwise the server converts it to the column type. */
    public boolean isText() {
        return TEXT_TYPES.contains(typeName);
    }

    public boolean isTimestampWithTimeZone() {
        return typeName.equals("timestamptz");
    }

    public boolean isArray() {
        return typeName.startsWith("_");
    }

    @Override
    public String toString() {
        return name + " " + typeName;
    }
}
