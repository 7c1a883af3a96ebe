package io.ferry.connect.config;

import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts the values of a key Ferry implements and explains the rest: a value the Confluent
 * connector knows but Ferry does not implement yet gets a message saying so.
 */
final class SupportedValues implements ConfigDef.Validator {
    private final List<String> supported;
    private final List<String> notYetSupported;
    private final boolean blankAllowed;

    SupportedValues(List<String> supported, List<String> notYetSupported, boolean blankAllowed) {
        this.supported = supported;
        this.notYetSupported = notYetSupported;
        this.blankAllowed = blankAllowed;
    }

    @Override
    public void ensureValid(String name, Object value) {
        String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            if (!blankAllowed) {
                throw new ConfigException(name, value, "Must be one of " + supported);
            }
            return;
        }
        if (supported.contains(text)) {
            return;
        }
        if (notYetSupported.contains(text)) {
            throw new ConfigException(name, value, "'" + text + "' is not implemented by Ferry yet; "
                + "the values that exist now are " + supported);
        }
        throw new ConfigException(name, value, "Must be one of " + supported);
    }

    @Override
    public String toString() {
        return String.join(", ", supported);
    }
}
