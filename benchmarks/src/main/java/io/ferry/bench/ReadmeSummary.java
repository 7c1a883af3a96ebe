package io.ferry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's copy of the {@link ResultsSummary}, between two markers. A run that writes
 * docs/benchmarks/results.md rewrites it, and ResultsSummaryTest fails when the two disagree.
 */
final class ReadmeSummary {
    static final String START = "<!-- benchmark-summary:start -->\n";
    static final String END = "<!-- benchmark-summary:end -->";

    private ReadmeSummary() {
    }

    /** The block between the markers of {@code readme}. */
    static String in(String readme) {
        return readme.substring(start(readme), end(readme));
    }

    /** {@code readme} with {@code summary} between its markers. */
    static String with(String readme, String summary) {
        return readme.substring(0, start(readme)) + summary + readme.substring(end(readme));
    }

    /** Puts the summary of {@code results} into the README file. */
    static void update(Path readme, String results) {
        try {
            Files.writeString(readme, with(Files.readString(readme), ResultsSummary.of(results)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the benchmark summary in " + readme, e);
        }
    }

    private static int start(String readme) {
        int start = readme.indexOf(START);
        if (start < 0 || readme.indexOf(END, start) < 0) {
            throw new IllegalStateException("The README has no " + START.trim() + " ... " + END + " block");
        }
        return start + START.length();
    }

    private static int end(String readme) {
        return readme.indexOf(END, start(readme));
    }
}
