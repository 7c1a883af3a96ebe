package io.ferry.connect.sql;

/**
 * String constants written into SQL text: only where PostgreSQL cannot take a bound value, as in a
 * column's {@code DEFAULT} in a CREATE or ALTER TABLE. Everywhere else values are bound as {@code ?}.
 */
public final class Literals {
    private Literals() {
    }

    /**
     * The string as a constant that reads back the same whatever {@code standard_conforming_strings}
     * says: quotes doubled, and a string with backslashes written as an escape string ({@code E'a\\b'}).
     */
    public static String string(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot hold a NUL character");
        }
        String quoted = value.replace("'", "''");
        if (value.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }
}
