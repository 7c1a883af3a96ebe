package io.ferry.connect.postgres;

import java.util.Locale;

/** Driver options the sink relies on, added to a connection URL unless the user set them. */
public final class DriverUrls {
    private static final String REWRITE = "reWriteBatchedInserts";
    private static final String SERVER_ERROR_DETAIL = "logServerErrorDetail";

    private DriverUrls() {
    }

    /**
     * Lets the driver send a JDBC batch of INSERTs as multi-row INSERTs: far fewer statements
     * for the server to run. A value the user gave in the URL wins.
     */
    public static String withBatchedInserts(String url) {
        return withOption(url, REWRITE, "true");
    }

    /**
     * Keeps the server's details (the failing row, a key's values, the statement's parameters) out
     * of the driver's exception messages, for trim.sensitive.log. A value the user gave in the URL wins.
     */
    public static String withoutServerErrorDetail(String url) {
        return withOption(url, SERVER_ERROR_DETAIL, "false");
    }

    private static String withOption(String url, String option, String value) {
        if (url.toLowerCase(Locale.ROOT).contains(option.toLowerCase(Locale.ROOT) + "=")) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? '?' : '&') + option + "=" + value;
    }
}
