package io.ferry.connect.sql;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that turns a name into SQL identifier text. Every table, column and constraint
 * name that reaches a statement goes through {@link #quote(String)}.
 */
public final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /**
     * PostgreSQL's reserved keywords and those that can only name functions or types
     * ({@code pg_get_keywords()} categories R and T, versions 12 to 17): not usable as bare
     * table or column names.
     */
    static final Set<String> RESERVED = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true", "union",
        "unique", "user", "using", "variadic", "when", "where", "window", "with",
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
        "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
        "right", "similar", "tablesample", "verbose")));

    private final IdentifierQuoting quoting;

    public Identifiers(IdentifierQuoting quoting) {
        this.quoting = Objects.requireNonNull(quoting, "quoting");
    }

    public static Identifiers alwaysQuoting() {
        return new Identifiers(IdentifierQuoting.ALWAYS);
    }

    /**
     * Quotes a name, doubling embedded quotes. With {@code never}, a plain name is emitted as is
     * (PostgreSQL folds it to lower case), a keyword quoted in lower case, and any other name is
     * still quoted, so a name can never inject SQL.
     */
    public String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An SQL identifier cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An SQL identifier cannot contain a NUL character: " + name);
        }
        if (quoting == IdentifierQuoting.NEVER && PLAIN.matcher(name).matches()) {
            String folded = name.toLowerCase(Locale.ROOT);
            // A keyword cannot stand bare as a name; quoted in the case PostgreSQL folds it to, it means the same.
            return RESERVED.contains(folded) ? '"' + folded + '"' : name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The name as PostgreSQL stores what {@link #quote(String)} emits: a bare name is folded to
     * lower case, a quoted one is kept as is.
     */
    public String storedName(String name) {
        boolean bare = quoting == IdentifierQuoting.NEVER && PLAIN.matcher(name).matches();
        return bare ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** A table name, qualified with its schema when it has one. */
    public String quote(TableId table) {
        return table.schema() == null ? quote(table.table()) : quote(table.schema()) + "." + quote(table.table());
    }
}
