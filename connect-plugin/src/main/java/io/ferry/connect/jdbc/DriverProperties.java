package io.ferry.connect.jdbc;

import org.postgresql.PGProperty;

/** What the PostgreSQL driver takes as connection properties. */
public final class DriverProperties {
    private DriverProperties() {
    }

    /** Whether the driver reads a property of this name (names are case-sensitive, as the driver reads them). */
    public static boolean isKnown(String name) {
        return PGProperty.forName(name) != null;
    }
}
