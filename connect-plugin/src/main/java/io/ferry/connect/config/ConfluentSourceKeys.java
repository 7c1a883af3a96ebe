package io.ferry.connect.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every key of Confluent's JDBC source connector 10.9.7 with its default as the config text
 * that means it ({@code null}: no value). A Confluent config may hold any of them; a key Ferry does
 * not define is accepted only at this default, where it means what leaving it out means.
 */
public final class ConfluentSourceKeys {
    public static final Map<String, String> DEFAULTS = defaults();

    private ConfluentSourceKeys() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("connection.url", "");
        keys.put("connection.user", null);
        keys.put("connection.password", null);
        keys.put("jdbc.credentials.provider.class", CredentialsProvider.CONFLUENT_DEFAULT);
        keys.put("connection.attempts", "3");
        keys.put("connection.backoff.ms", "10000");
        keys.put("table.whitelist", "");
        keys.put("table.blacklist", "");
        keys.put("table.include.list", "");
        keys.put("table.exclude.list", "");
        keys.put("catalog.pattern", null);
        keys.put("schema.pattern", null);
        keys.put("numeric.precision.mapping", "false");
        keys.put("numeric.mapping", null);
        keys.put("dialect.name", "");
        keys.put("date.calendar.system", "LEGACY");
        keys.put("mode", "");
        keys.put("incrementing.column.name", "");
        keys.put("timestamp.column.name", "");
        keys.put("timestamp.columns.mapping", "");
        keys.put("incrementing.column.mapping", "");
        keys.put("timestamp.initial", null);
        keys.put("validate.non.null", "true");
        keys.put("query", "");
        keys.put("query.masked", "");
        keys.put("quote.sql.identifiers", "ALWAYS");
        keys.put("query.suffix", "");
        keys.put("transaction.isolation.mode", "DEFAULT");
        keys.put("query.retry.attempts", "-1");
        keys.put("table.types", "TABLE");
        keys.put("poll.interval.ms", "5000");
        keys.put("batch.max.rows", "1000");
        keys.put("max.buffer.size", "0");
        keys.put("poll.linger.ms", "5000");
        keys.put("table.monitoring.startup.polling.limit.ms", "10000");
        keys.put("table.poll.interval.ms", "60000");
        keys.put("topic.prefix", "");
        keys.put("timestamp.delay.interval.ms", "0");
        keys.put("db.timezone", "UTC");
        keys.put("timestamp.granularity", "connect_logical");
        return Collections.unmodifiableMap(keys);
    }
}
