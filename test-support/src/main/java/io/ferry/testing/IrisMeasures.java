package io.ferry.testing;

import java.math.BigDecimal;
import java.util.Random;
import java.util.StringJoiner;

/**
 * The four measures (cm, one decimal) and the class (0, 1 or 2) of an iris row, drawn within
 * the ranges of the iris data set: by Java for rows a test binds, by PostgreSQL for rows it
 * generates itself.
 */
public record IrisMeasures(double sepalLength, double sepalWidth, double petalLength, double petalWidth, int target) {
    /** Smallest and largest sepal length, sepal width, petal length and petal width, in column order. */
    private static final double[][] RANGES = {{4.3, 7.9}, {2.0, 4.4}, {1.0, 6.9}, {0.1, 2.5}};
    private static final int CLASSES = 3;

    /** Draws the four measures in column order, then the class. */
    public static IrisMeasures random(Random random) {
        return new IrisMeasures(measure(random, 0), measure(random, 1), measure(random, 2), measure(random, 3),
            random.nextInt(CLASSES));
    }

    /** The four measures as SQL expressions that PostgreSQL draws, comma-separated in column order. */
    public static String sqlRandomMeasures() {
        StringJoiner measures = new StringJoiner(", ");
        for (double[] range : RANGES) {
            BigDecimal min = BigDecimal.valueOf(range[0]);
            BigDecimal span = BigDecimal.valueOf(range[1]).subtract(min);
            measures.add("round((" + min.toPlainString() + " + random() * " + span.toPlainString() + ")::numeric, 1)");
        }
        return measures.toString();
    }

    /** A class PostgreSQL draws. */
    public static String sqlRandomTarget() {
        return "floor(random() * " + CLASSES + ")::int";
    }

    private static double measure(Random random, int column) {
        double min = RANGES[column][0];
        double max = RANGES[column][1];
        return Math.round((min + random.nextDouble() * (max - min)) * 10) / 10.0;
    }
}
