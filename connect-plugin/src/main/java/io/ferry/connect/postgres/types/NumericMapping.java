package io.ferry.connect.postgres.types;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The values of {@code numeric.mapping} that Ferry implements. */
public enum NumericMapping {
    /** numeric(p,s) becomes a Connect Decimal of scale s. */
    NONE,
    /**
     * numeric(p,s) with p below 19 becomes the smallest fitting integer (s &lt;= 0) or FLOAT64
     * (s &gt; 0); anything else a Decimal, as with Confluent's best_fit.
     */
    BEST_FIT;

    /** Values the Confluent connector has that Ferry does not implement yet. */
    public static final List<String> NOT_YET_SUPPORTED = Arrays.asList("precision_only", "best_fit_eager_double");

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code null} (the default) means {@code none}, as in Confluent without numeric.precision.mapping. */
    public static NumericMapping parse(String value) {
        if (value == null || value.trim().isEmpty()) {
            return NONE;
        }
        return NumericMapping.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
