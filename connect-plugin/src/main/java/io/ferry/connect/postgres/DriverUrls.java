package io.ferry.connect.postgres;

import java.util.Locale;

/** Driver options the sink relies on, added to a connection URL unless the user set them. */
public final class DriverUrls {
    private static final String REWRITE = "reWriteBatchedInserts";

    private DriverUrls() {
    }

    /**
     * Lets the driver send a JDBC batch of INSERTs as multi-row INSERTs: far fewer statements
     * for the server to run. A value the user gave in the URL wins.
     */
    public static String withBatchedInserts(String url) {
        if (url.toLowerCase(Locale.ROOT).contains(REWRITE.toLowerCase(Locale.ROOT) + "=")) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? '?' : '&') + REWRITE + "=true";
    }
}
