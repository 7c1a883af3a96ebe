package io.ferry.connect.jdbc;

import java.util.Objects;

/** Where and how to connect: the URL, the login, and how often to try. */
public final class ConnectionSettings {
    private final String url;
    private final String user;
    private final String password;
    private final int attempts;
    private final long backoffMs;

    public ConnectionSettings(String url, String user, String password, int attempts, long backoffMs) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        this.attempts = attempts;
        this.backoffMs = backoffMs;
    }

    /** The same login and attempts against another URL (e.g. with driver options added). */
    public ConnectionSettings withUrl(String otherUrl) {
        return new ConnectionSettings(otherUrl, user, password, attempts, backoffMs);
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

    /** How many times getting a connection is tried before giving up. */
    public int attempts() {
        return attempts;
    }

    public long backoffMs() {
        return backoffMs;
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
