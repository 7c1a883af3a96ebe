package io.ferry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** PNG bar charts of the medians, beside results.md. */
final class Charts {
    private final Path dir;
    private final List<String> written = new ArrayList<>();

    Charts(Path dir) {
        this.dir = dir;
    }

    /**
     * One bar per contender (its median rows/s), named in a legend below the plot: the peers'
     * labels are too long for the category axis, which drops labels that would overlap.
     */
    void rates(String file, String title, Map<String, List<Double>> rates) {
        CategoryChart chart = new CategoryChartBuilder().width(1100).height(420 + 22 * rates.size()).title(title)
            .yAxisTitle("rows/s (median)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setLabelsVisible(true);
        rates.forEach((label, values) -> chart.addSeries(label, List.of(" "), List.of(Figure.of(values).median())));
        save(chart, file);
    }

    /** p50 and p99 medians per line, on a log scale: the default poll interval's seconds beside the wake-up's ms. */
    void latency(String file, List<LatencyLine> lines) {
        List<String> labels = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (LatencyLine line : lines) {
            labels.add(line.rowsPerSecond() + " rows/s, " + line.polling().label());
            p50.add(Math.max(1, line.p50().median())); // the log axis starts at 1 ms
            p99.add(Math.max(1, line.p99().median()));
        }
        CategoryChart chart = new CategoryChartBuilder().width(1300).height(550)
            .title("W3: source commit to target row (median of runs)").yAxisTitle("ms (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(1.0); // bars of a log axis need a base above 0
        chart.getStyler().setXAxisLabelRotation(15);
        chart.addSeries("p50", labels, p50);
        chart.addSeries("p99", labels, p99);
        save(chart, file);
    }

    List<String> written() {
        return List.copyOf(written);
    }

    private void save(CategoryChart chart, String file) {
        try {
            BitmapEncoder.saveBitmap(chart, dir.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write chart " + file, e);
        }
    }
}
