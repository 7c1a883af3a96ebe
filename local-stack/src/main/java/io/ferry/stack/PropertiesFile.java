package io.ferry.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Writes the .properties files the broker and the worker are started from. */
final class PropertiesFile {
    private PropertiesFile() {
    }

    static void write(Map<?, ?> entries, Path file, String comment) {
        Properties props = new Properties();
        props.putAll(entries);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
