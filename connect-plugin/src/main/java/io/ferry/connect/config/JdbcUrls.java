package io.ferry.connect.config;

import java.util.regex.Pattern;

/** Makes a JDBC URL safe to log or show: a password given inside the URL is masked. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER =
        Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD =
        Pattern.compile("(//[^/:@?]+:)[^@/]*@");

    private JdbcUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1****@");
    }
}
