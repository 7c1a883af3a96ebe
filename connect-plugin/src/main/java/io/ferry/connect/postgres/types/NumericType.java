package io.ferry.connect.postgres.types;

/** Precision and scale of a PostgreSQL numeric column, decoded from its type modifier. */
final class NumericType {
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
    static NumericType of(int typeModifier) {
        if (typeModifier < HEADER) {
            return new NumericType(false, 0, 0);
        }
        int packed = typeModifier - HEADER;
        int precision = (packed >> 16) & 0xffff;
        // 11-bit two's complement: PostgreSQL 15 allows negative scales.
        int scale = ((packed & 0x7ff) ^ 1024) - 1024;
        return new NumericType(true, precision, scale);
    }

    boolean constrained() {
        return constrained;
    }

    int precision() {
        return precision;
    }

    int scale() {
        return scale;
    }
}
