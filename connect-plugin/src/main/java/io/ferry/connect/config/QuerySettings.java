package io.ferry.connect.config;

/** {@code query} or {@code query.masked}, and {@code query.suffix}, parsed. */
public final class QuerySettings {
    private final String query;
    private final boolean masked;
    private final String suffix;

    QuerySettings(String query, boolean masked, String suffix) {
        this.query = query.trim();
        this.masked = masked;
        this.suffix = suffix.trim();
    }

    /** True when a custom query replaces the tables. */
    public boolean isSet() {
        return !query.isEmpty();
    }

    /** The query's text; empty when none is set. Never to be logged when {@link #masked()}. */
    public String text() {
        return query;
    }

    /** True when the query came from {@code query.masked}. */
    public boolean masked() {
        return masked;
    }

    /** {@code query.suffix}: appended to every statement the source reads with; empty when unset. */
    public String suffix() {
        return suffix;
    }

    /** The key the query was given in, for messages. */
    public String key() {
        return masked ? SourceConfig.QUERY_MASKED : SourceConfig.QUERY;
    }
}
