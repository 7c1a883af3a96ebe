package io.ferry.connect.jdbc;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Where and how to connect: the URL, the login, further properties for the driver, and how often to try. */
public final class ConnectionSettings {
    private final String url;
    private final String user;
    private final String password;
    private final int attempts;
    private final long backoffMs;
    private final Map<String, String> driverProperties;

    public ConnectionSettings(String url, String user, String password, int attempts, long backoffMs) {
        this(url, user, password, attempts, backoffMs, Collections.emptyMap());
    }

    public ConnectionSettings(String url, String user, String password, int attempts, long backoffMs,
                              Map<String, String> driverProperties) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        this.attempts = attempts;
        this.backoffMs = backoffMs;
        this.driverProperties = Collections.unmodifiableMap(new TreeMap<>(driverProperties));
    }

    /** The same login, properties and attempts against another URL (e.g. with driver options added). */
    public ConnectionSettings withUrl(String otherUrl) {
        return new ConnectionSettings(otherUrl, user, password, attempts, backoffMs, driverProperties);
    }

    /**
     * Properties for the PostgreSQL driver beyond the login (e.g. ApplicationName, sslmode), as the
     * connector's {@code connection.<property>} keys give them; they win over Ferry's own.
     */
    public Map<String, String> driverProperties() {
        return driverProperties;
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
        for (Map.Entry<String, String> property : driverProperties.entrySet()) {
            if (property.getKey().toLowerCase(Locale.ROOT).contains("password") && !property.getValue().isEmpty()) {
                safe = safe.replace(property.getValue(), "****");
            }
        }
        return safe;
    }

    /** Never prints the password, nor the driver properties' values. */
    @Override
    public String toString() {
        return "ConnectionSettings{url=" + JdbcUrls.redact(url) + ", user=" + user
            + (driverProperties.isEmpty() ? "" : ", driver properties " + driverProperties.keySet()) + "}";
    }
}
