package io.ferry.connect.jdbc;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a JDBC URL safe to log or show: a password given inside the URL is masked. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER =
        Pattern.compile("(?i)([?&;]password=)([^&;]*)");
    private static final Pattern USER_INFO_PASSWORD =
        Pattern.compile("(//[^/:@?]+:)([^@/]*)@");
    private static final Pattern USER_INFO =
        Pattern.compile("^jdbc:postgresql://[^/?]*@", Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1****@");
    }

    /**
     * Whether the URL names a user (and maybe a password) before the host, as in
     * {@code jdbc:postgresql://user:secret@host/db}. PostgreSQL's JDBC driver does not take that
     * form: it reads {@code user:secret@host} as the host name, and its errors then show the password.
     */
    public static boolean hasUserInfo(String url) {
        return url != null && USER_INFO.matcher(url.trim()).find();
    }

    /** The passwords written inside the URL, as written and URL-decoded, to mask them in any text. */
    static List<String> passwordsIn(String url) {
        List<String> passwords = new ArrayList<>();
        if (url == null) {
            return passwords;
        }
        for (Pattern pattern : new Pattern[] {PASSWORD_PARAMETER, USER_INFO_PASSWORD}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                addWithDecoded(passwords, m.group(2));
            }
        }
        return passwords;
    }

    private static void addWithDecoded(List<String> passwords, String password) {
        if (password.isEmpty()) {
            return;
        }
        passwords.add(password);
        try {
            String decoded = URLDecoder.decode(password, "UTF-8");
            if (!decoded.equals(password) && !decoded.isEmpty()) {
                passwords.add(decoded);
            }
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            // not URL-encoded: the text as written is what the driver uses
        }
    }
}
