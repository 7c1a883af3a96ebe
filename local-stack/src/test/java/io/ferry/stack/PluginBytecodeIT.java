package io.ferry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Workers of Confluent Platform 7.x (the seed's image) run on Java 11: every class the plugin
 * folder ships, Ferry's and its dependencies' (HikariCP, the PostgreSQL driver), must load there.
 */
class PluginBytecodeIT {
    private static final int JAVA_11_CLASS_VERSION = 55;
    /** Classes a multi-release jar keeps for newer Java versions only. */
    private static final Pattern VERSIONED_ENTRY = Pattern.compile("META-INF/versions/(\\d+)/.*");

    @Test
    void everyClassInThePluginFolderLoadsOnJava11() throws IOException {
        List<Path> jars = jarsIn(StackUnderTest.pluginPath().resolve("ferry-connect-jdbc"));
        List<String> tooNew = new ArrayList<>();
        for (Path jar : jars) {
            tooNew.addAll(classesNewerThanJava11(jar));
        }

        assertThat(jars).as("jars in the plugin folder").isNotEmpty();
        assertThat(tooNew).as("classes that need a Java newer than 11 (jar!class: class file version)").isEmpty();
    }

    @Test
    void shipsNoneOfTheTestSupport() throws IOException {
        List<Path> jars = jarsIn(StackUnderTest.pluginPath().resolve("ferry-connect-jdbc"));
        List<String> testSupport = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().map(ZipEntry::getName).filter(name -> name.startsWith("io/ferry/testing/"))
                    .forEach(name -> testSupport.add(jar.getFileName() + "!" + name));
            }
        }

        assertThat(jars).extracting(jar -> jar.getFileName().toString())
            .anyMatch(name -> name.startsWith("ferry-connect-jdbc-"))
            .noneMatch(name -> name.startsWith("ferry-test-support"));
        assertThat(testSupport).as("test-support classes in the plugin folder").isEmpty();
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> classesNewerThanJava11(Path jar) throws IOException {
        List<String> tooNew = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class") || forNewerJavaOnly(entry.getName())) {
                    continue;
                }
                int version = classFileVersion(zip, entry);
                if (version > JAVA_11_CLASS_VERSION) {
                    tooNew.add(jar.getFileName() + "!" + entry.getName() + ": " + version);
                }
            }
        }
        return tooNew;
    }

    private static boolean forNewerJavaOnly(String entryName) {
        Matcher versioned = VERSIONED_ENTRY.matcher(entryName);
        return versioned.matches() && Integer.parseInt(versioned.group(1)) > 11;
    }

    /** The major version in the class file header: magic (4 bytes), minor (2), major (2). */
    private static int classFileVersion(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
