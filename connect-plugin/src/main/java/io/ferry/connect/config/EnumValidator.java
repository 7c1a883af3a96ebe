package io.ferry.connect.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts the lower-case names of an enum's constants, case-insensitively, and explains the
 * allowed values when it rejects one. Config values are the constant names in lower case.
 */
public final class EnumValidator<E extends Enum<E>> implements ConfigDef.Validator {
    private final Class<E> type;

    private EnumValidator(Class<E> type) {
        this.type = type;
    }

    public static <E extends Enum<E>> EnumValidator<E> of(Class<E> type) {
        return new EnumValidator<>(type);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            throw new ConfigException(name, null, "Must be one of " + this);
        }
        String text = value.toString().trim().toUpperCase(Locale.ROOT);
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(text));
        if (!known) {
            throw new ConfigException(name, value, "Must be one of " + this);
        }
    }

    @Override
    public String toString() {
        return Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ", "[", "]"));
    }
}
