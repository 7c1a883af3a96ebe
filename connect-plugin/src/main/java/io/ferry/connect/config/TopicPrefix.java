package io.ferry.connect.config;

import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * {@code topic.prefix}, checked as Confluent's connector checks it: after trimming, at most 249
 * characters (Kafka's longest topic name) of ASCII letters, digits, '.', '_' and '-'. Empty is
 * allowed: the topic is then the table's name.
 */
final class TopicPrefix implements ConfigDef.Validator {
    private static final int LONGEST_TOPIC = 249;
    private static final Pattern OTHER_CHARACTER = Pattern.compile("[^a-zA-Z0-9._-]");

    /** The prefix as topic names use it. */
    static String parse(String value) {
        return value.trim();
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            throw new ConfigException(name, null, "Give a prefix, or an empty value for topics named as the tables");
        }
        String prefix = parse(value.toString());
        if (prefix.length() > LONGEST_TOPIC) {
            throw new ConfigException(name, value, "A topic prefix is at most " + LONGEST_TOPIC
                + " characters, the longest topic name Kafka accepts");
        }
        if (OTHER_CHARACTER.matcher(prefix).find()) {
            throw new ConfigException(name, value,
                "A topic prefix holds only ASCII letters, digits, '.', '_' and '-', as Kafka's topic names do");
        }
    }

    @Override
    public String toString() {
        return "at most 249 of a-z, A-Z, 0-9, '.', '_', '-'";
    }
}
