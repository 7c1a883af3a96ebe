package io.ferry.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One measured quantity over several runs: its median, min and max. */
final class Figure {
    private final List<Double> values;

    private Figure(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A figure needs at least one run");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        this.values = List.copyOf(sorted);
    }

    static Figure of(List<Double> values) {
        return new Figure(values);
    }

    /** Run by run, {@code numerator[i] / denominator[i]}: a ratio from the same repetition. */
    static Figure ratios(List<Double> numerator, List<Double> denominator) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(numerator.size(), denominator.size()); i++) {
            ratios.add(numerator.get(i) / denominator.get(i));
        }
        return new Figure(ratios);
    }

    double median() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    int runs() {
        return values.size();
    }

    /** e.g. {@code 41,200 (39,900 – 43,100)} for rates. */
    String asRate() {
        return String.format(Locale.ROOT, "%,.0f (%,.0f – %,.0f)", median(), min(), max());
    }

    /** e.g. {@code 1.52x (1.41 – 1.60)} for ratios. */
    String asRatio() {
        return String.format(Locale.ROOT, "%.2fx (%.2f – %.2f)", median(), min(), max());
    }
}
