package io.ferry.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's benchmark summary: every figure of a results.md that has a target, with its
 * verdict, under the run's scale and machine. It is made from the generated file, not from a
 * run's numbers, so that a test can hold the README to the committed results and the README
 * never carries a hand copy of a figure.
 */
final class ResultsSummary {
    private static final Pattern RATIO = Pattern.compile("^([0-9.]+)x");
    private static final Pattern AT_LEAST = Pattern.compile("^>= ([0-9.]+)x$");
    /** A latency line's target cell, e.g. {@code missed by 3 ms (p99 < 100)}. */
    private static final Pattern LATENCY_TARGET = Pattern.compile("^(.+) \\((p99 < [0-9]+)\\)$");

    private final Map<String, String> medianRates = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();
    private String scale = "";
    private String machine = "";

    private ResultsSummary() {
    }

    /** The summary block of {@code results} (the text of a results.md). */
    static String of(String results) {
        ResultsSummary summary = new ResultsSummary();
        summary.read(results);
        return summary.markdown();
    }

    private void read(String results) {
        String workload = "";
        List<String> header = null;
        for (String line : results.split("\n")) {
            if (line.startsWith("## ")) {
                workload = line.substring(3).split(":")[0];
            } else if (line.startsWith("- Scale: ")) {
                scale = firstClauses(line.substring("- Scale: ".length()), 2);
            } else if (line.startsWith("- Machine at start: ")) {
                machine = line.substring("- Machine at start: ".length());
            } else if (!line.startsWith("|")) {
                header = null;
            } else if (header == null) {
                header = cells(line);
            } else if (!line.startsWith("|---")) {
                row(workload, header, cells(line));
            }
        }
    }

    private void row(String workload, List<String> header, List<String> cells) {
        Map<String, String> cell = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            cell.put(header.get(i), cells.get(i));
        }
        if (cell.containsKey("Contender")) {
            medianRates.put(cell.get("Contender"), cell.get(Report.RATE_COLUMN).split(" \\(")[0]);
        }
        String target = cell.getOrDefault("Target", "");
        if (target.isEmpty()) {
            return;
        }
        if (cell.containsKey("Ratio")) {
            ratio(workload, cell.get("Ratio"), cell.get("Measured"), target);
        } else if (cell.containsKey("p99")) {
            latency(workload, cell, target);
        }
    }

    private void ratio(String workload, String ratio, String measured, String target) {
        String[] sides = ratio.split(" / ", 2);
        String rates = sides.length == 2 && medianRates.containsKey(sides[0]) && medianRates.containsKey(sides[1])
            ? ": " + medianRates.get(sides[0]) + " vs " + medianRates.get(sides[1]) + " rows/s" : "";
        rows.add(row(workload, ratio, measured + rates, target, verdict(measured, target)));
    }

    private void latency(String workload, Map<String, String> cell, String target) {
        Matcher judged = LATENCY_TARGET.matcher(target);
        String what = "p99, " + cell.get("Source") + ", " + cell.get("Rows/s") + " rows/s";
        rows.add(judged.matches()
            ? row(workload, what, cell.get("p99") + " ms", judged.group(2) + " ms", judged.group(1))
            : row(workload, what, cell.get("p99") + " ms", target, ""));
    }

    /** "met" when the median ratio reaches an "at least" target, else "missed"; empty for other targets. */
    private static String verdict(String measured, String target) {
        Matcher value = RATIO.matcher(measured);
        Matcher least = AT_LEAST.matcher(target);
        if (!value.find() || !least.matches()) {
            return "";
        }
        return Double.parseDouble(value.group(1)) >= Double.parseDouble(least.group(1)) ? "met" : "missed";
    }

    private String markdown() {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The results hold no figure with a target");
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Scale: %s. Machine at start: %s.\n\n", scale, machine));
        md.append("| Workload | Figure | Measured: median (min – max) | Target | Verdict |\n|---|---|---|---|---|\n");
        rows.forEach(md::append);
        return md.toString();
    }

    private static String row(String workload, String what, String measured, String target, String verdict) {
        return "| " + String.join(" | ", workload, what, measured, target, verdict) + " |\n";
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    private static String firstClauses(String text, int count) {
        String[] clauses = text.split("; ");
        return String.join("; ", Arrays.asList(clauses).subList(0, Math.min(count, clauses.length)));
    }
}
