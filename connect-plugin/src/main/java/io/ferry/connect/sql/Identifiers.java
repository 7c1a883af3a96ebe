package io.ferry.connect.sql;

import io.ferry.connect.config.IdentifierQuoting;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one place that turns a name into SQL identifier text. Every table, column and constraint
 * name that reaches a statement goes through {@link #quote(String)}.
 */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final IdentifierQuoting quoting;

    public Identifiers(IdentifierQuoting quoting) {
        this.quoting = Objects.requireNonNull(quoting, "quoting");
    }

    public static Identifiers alwaysQuoting() {
        return new Identifiers(IdentifierQuoting.ALWAYS);
    }

    /**
     * Quotes a name, doubling embedded quotes. With {@code never}, a plain name is emitted as is
     * (PostgreSQL folds it to lower case), but any other name is still quoted, so a name can
     * never inject SQL.
     */
    public String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An SQL identifier cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An SQL identifier cannot contain a NUL character: " + name);
        }
        if (quoting == IdentifierQuoting.NEVER && PLAIN.matcher(name).matches()) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A table name, qualified with its schema when it has one. */
    public String quote(TableId table) {
        return table.schema() == null ? quote(table.table()) : quote(table.schema()) + "." + quote(table.table());
    }
}
