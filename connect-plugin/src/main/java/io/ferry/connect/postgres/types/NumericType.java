package io.ferry.connect.postgres.types;

/** Precision and scale of a PostgreSQL numeric column, decoded from its type modifier. */
public final class NumericType {
    private static final int HEADER = 4;

    private final boolean constrained;
    private final int precision;
    private final int scale;

    private NumericType(boolean constrained, int precision, int scale) {
        this.constrained = constrained;
        this.precision = precision;
        this.scale = scale;
    }

    /** Decodes {@code atttypmod}; -1 means a plain numeric without precision and scale. */
    public static NumericType of(int typeModifier) {
        if (typeModifier < HEADER) {
            return new NumericType(false, 0, 0);
        }
        int packed = typeModifier - HEADER;
        int precision = (packed >> 16) & 0xffff;
        // 11-bit two's complement: PostgreSQL 15 allows negative scales.
        int scale = ((packed & 0x7ff) ^ 1024) - 1024;
        return new NumericType(true, precision, scale);
    }

    /** Whether precision and scale were declared: numeric(p,s) rather than a plain numeric. */
    public boolean constrained() {
        return constrained;
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }
}
