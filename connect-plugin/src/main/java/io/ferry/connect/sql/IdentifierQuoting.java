package io.ferry.connect.sql;

/**
 * When {@link Identifiers} quotes a name: always, or only where SQL needs it (a name that is not
 * a plain identifier, or is a keyword).
 */
public enum IdentifierQuoting {
    ALWAYS, NEVER
}
