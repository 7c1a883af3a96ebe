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

/** PNG bar charts of the medians, beside results.md. */
final class Charts {
    private final Path dir;
    private final List<String> written = new ArrayList<>();

    Charts(Path dir) {
        this.dir = dir;
    }

    /** A horizontal list of bars: each contender's median rows/s. */
    void rates(String file, String title, Map<String, List<Double>> rates) {
        List<String> labels = new ArrayList<>(rates.keySet());
        List<Double> medians = new ArrayList<>();
        rates.values().forEach(v -> medians.add(Figure.of(v).median()));
        CategoryChart chart = new CategoryChartBuilder().width(1100).height(500).title(title)
            .yAxisTitle("rows/s (median)").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setXAxisLabelRotation(15);
        chart.addSeries("rows/s", labels, medians);
        save(chart, file);
    }

    void latency(String file, List<LatencyResult> results) {
        List<String> labels = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (LatencyResult r : results) {
            labels.add(r.rowsPerSecond() + " rows/s, poll " + r.pollInterval());
            p50.add(r.p50Millis());
            p99.add(r.p99Millis());
        }
        CategoryChart chart = new CategoryChartBuilder().width(1100).height(500)
            .title("W3: source commit to target row").yAxisTitle("ms").build();
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
