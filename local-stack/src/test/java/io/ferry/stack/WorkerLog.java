package io.ferry.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the Connect worker wrote: its log4j log and its stdout/stderr file, as an operator reads them. */
final class WorkerLog {
    private final Path log;

    WorkerLog(LocalStack stack) {
        this(stack.worker().logFile());
    }

    /** The worker whose log4j log is {@code log} (its stdout/stderr next to it, in {@code log}.out). */
    WorkerLog(Path log) {
        this.log = log;
    }

    /** A position in the log4j log; lines written later are {@link #linesSince(long) read from it}. */
    long mark() {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + log, e);
        }
    }

    /** The log4j log's lines written after {@code mark}. */
    List<String> linesSince(long mark) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length() - mark;
            byte[] bytes = new byte[(int) Math.max(0, length)];
            file.seek(mark);
            file.readFully(bytes);
            return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + log, e);
        }
    }

    /** Every file the worker wrote to: the log4j log and its captured stdout/stderr. */
    List<Path> files() {
        return List.of(log, Path.of(log + ".out"));
    }

    /**
     * Every line of both files. Fails if a file is missing or the log4j log is empty: a worker
     * that ran always writes both, so a check over what this returns can never pass on nothing.
     */
    List<String> everyLine() {
        List<String> lines = new ArrayList<>();
        for (Path file : files()) {
            try {
                // Latin-1 reads any bytes; what the tests look for is ASCII.
                List<String> read = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                if (file.equals(log) && read.isEmpty()) {
                    throw new AssertionError("The worker's log " + log + " is empty");
                }
                lines.addAll(read);
            } catch (IOException e) {
                throw new AssertionError("The worker's log cannot be read: " + file, e);
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return log + " and " + log.getFileName() + ".out";
    }
}
