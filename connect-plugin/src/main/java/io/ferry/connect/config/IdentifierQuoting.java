package io.ferry.connect.config;

import java.util.Locale;

/** The values of {@code quote.sql.identifiers}. */
public enum IdentifierQuoting {
    ALWAYS, NEVER;

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdentifierQuoting parse(String value) {
        return EnumValidator.parse(IdentifierQuoting.class, value);
    }
}
