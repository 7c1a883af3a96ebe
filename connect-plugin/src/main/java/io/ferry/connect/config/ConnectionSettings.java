package io.ferry.connect.config;

import io.ferry.connect.sql.IdentifierQuoting;
import java.util.Objects;

/** Where and how to connect, parsed once from the connector's config. */
public final class ConnectionSettings {
    private final String url;
    private final String user;
    private final String password;
    private final int attempts;
    private final long backoffMs;
    private final IdentifierQuoting quoting;

    public ConnectionSettings(String url, String user, String password, int attempts, long backoffMs,
                              IdentifierQuoting quoting) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        this.attempts = attempts;
        this.backoffMs = backoffMs;
        this.quoting = Objects.requireNonNull(quoting, "quoting");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int attempts() {
        return attempts;
    }

    public long backoffMs() {
        return backoffMs;
    }

    public IdentifierQuoting quoting() {
        return quoting;
    }

    /**
     * {@code text} (e.g. a driver's error message) with the password, and any password written
     * inside the URL, masked: for every message that quotes the database or the driver.
     */
    public String withoutSecrets(String text) {
        if (text == null) {
            return "";
        }
        String safe = text;
        if (password != null && !password.isEmpty()) {
            safe = safe.replace(password, "****");
        }
        for (String urlPassword : JdbcUrls.passwordsIn(url)) {
            safe = safe.replace(urlPassword, "****");
        }
        return safe;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ConnectionSettings{url=" + JdbcUrls.redact(url) + ", user=" + user + "}";
    }
}
