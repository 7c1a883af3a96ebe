package io.ferry.connect.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Both connectors' {@code db.timezone}: accepts what Confluent's connector accepts, a region id
 * (Europe/Berlin), an offset (+02:00, UTC+2) or one of the JDK's short ids (PST, EST), and parses it.
 */
final class DbTimeZone implements ConfigDef.Validator {
    /** The zone a valid value names; short ids map as {@link ZoneId#SHORT_IDS} says (PST: America/Los_Angeles). */
    static ZoneId parse(String value) {
        return ZoneId.of(value.trim(), ZoneId.SHORT_IDS);
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            throw new ConfigException(name, null, "Not a time zone; use e.g. UTC, Europe/Berlin or PST");
        }
        try {
            parse(value.toString());
        } catch (DateTimeException e) {
            throw new ConfigException(name, value, "Not a time zone; use e.g. UTC, Europe/Berlin or PST");
        }
    }

    @Override
    public String toString() {
        return "a time zone id, e.g. UTC, Europe/Berlin or PST";
    }
}
