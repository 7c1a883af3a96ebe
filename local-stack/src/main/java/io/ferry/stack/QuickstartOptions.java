package io.ferry.stack;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

/**
 * What the quickstart's command line may change: the generator's pace, where the repository
 * is (its {@code connectors/*.json} and the built plugin folder) and where the run's files go.
 */
record QuickstartOptions(Duration interval, Path repoRoot, Path workDir) {
    static final String USAGE = String.join("\n",
        "Usage: ./quickstart [--interval-ms=N] [--repo-root=DIR] [--work-dir=DIR]",
        "  --interval-ms  pause of the data generator after each inserted row (default 10)",
        "  --repo-root    the Ferry checkout: connectors/*.json, connect-plugin/target/plugin (default .)",
        "  --work-dir     data and logs of this run, emptied at start (default <repo-root>/local-stack/target/quickstart)");

    /** Parses {@code --key=value} or {@code --key value}; fails with the usage on anything else. */
    static QuickstartOptions parse(String... args) {
        long intervalMs = 10;
        Path repoRoot = Paths.get("");
        Path workDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String key = eq < 0 ? arg : arg.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !"--help".equals(key)) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(USAGE);
            }
            switch (key) {
                case "--interval-ms" -> intervalMs = parseInterval(value);
                case "--repo-root" -> repoRoot = Paths.get(value);
                case "--work-dir" -> workDir = Paths.get(value);
                default -> throw new IllegalArgumentException("Unknown option " + key + "\n" + USAGE);
            }
        }
        repoRoot = repoRoot.toAbsolutePath().normalize();
        if (workDir == null) {
            workDir = repoRoot.resolve("local-stack").resolve("target").resolve("quickstart");
        }
        return new QuickstartOptions(Duration.ofMillis(intervalMs), repoRoot, workDir.toAbsolutePath().normalize());
    }

    Path pluginPath() {
        return repoRoot.resolve("connect-plugin").resolve("target").resolve("plugin");
    }

    Path connectorFile(String name) {
        return repoRoot.resolve("connectors").resolve(name);
    }

    private static long parseInterval(String value) {
        try {
            long ms = Long.parseLong(value);
            if (ms >= 0) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--interval-ms must be a whole number of milliseconds >= 0, not " + value);
    }
}
