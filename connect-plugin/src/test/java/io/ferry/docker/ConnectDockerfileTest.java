package io.ferry.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker/connect.Dockerfile builds the plugin, then installs the zip Maven wrote into a Confluent worker. */
class ConnectDockerfileTest {
    private static final Pattern ZIP = Pattern.compile("(\\S*/)?([^/\\s]+\\.zip)");

    private final Dockerfile dockerfile = Dockerfile.read("connect.Dockerfile");

    @Test
    void buildsThePluginWithMavenInAFirstStage() {
        assertThat(dockerfile.arguments("RUN"))
            .anySatisfy(run -> assertThat(run).contains("mvn -B").contains("-pl connect-plugin -am package -DskipTests"));
    }

    @Test
    void installsTheZipTheMavenBuildWritesWithConfluentHub() {
        String install = dockerfile.arguments("RUN").stream()
            .filter(run -> run.contains("confluent-hub install --no-prompt")).findFirst()
            .orElseThrow(() -> new AssertionError("no RUN confluent-hub install --no-prompt"));
        Matcher zip = ZIP.matcher(install);

        assertThat(zip.find()).as("a zip in: %s", install).isTrue();
        assertThat(FileSystems.getDefault().getPathMatcher("glob:" + zip.group(2))
            .matches(Paths.get(HubArchive.fromPluginPom().fileName())))
            .as("%s names the zip %s", zip.group(2), HubArchive.fromPluginPom().fileName()).isTrue();
        assertThat(dockerfile.arguments("COPY"))
            .anySatisfy(copy -> assertThat(copy).contains("connect-plugin/target/" + zip.group(2)));
    }

    @Test
    void takesTheConfluentWorkerTagAsBuildArgumentDefaultingToA7xImage() {
        String defaultTag = dockerfile.globalArgDefault("CP_VERSION");
        List<String> bases = dockerfile.baseImages();

        assertThat(bases.get(bases.size() - 1)).isEqualTo("confluentinc/cp-kafka-connect:${CP_VERSION}");
        // confluent-hub, deprecated since 7.6, cannot be counted on in 8.x worker images.
        assertThat(defaultTag).matches("7\\.\\d+\\.\\d+");
        assertThat(ComposeFile.read(ComposeFile.FULL).service("connect").buildArg("CP_VERSION"))
            .isEqualTo("${CP_VERSION:-" + defaultTag + "}");
    }

    @Test
    void copiesEverythingThePluginBuildReadsAndLeavesLocalBuildOutputOut() {
        List<String> sources = dockerfile.arguments("COPY").stream().filter(copy -> !copy.startsWith("--from"))
            .flatMap(copy -> {
                String[] words = copy.split("\\s+");
                return List.of(words).subList(0, words.length - 1).stream();
            }).toList();

        assertThat(sources).contains("pom.xml", "README.md", "LICENSE", "connectors", "connect-plugin");
        for (String source : sources) {
            Path path = ProjectFiles.ROOT.resolve(source);
            assertThat(path).as("COPY source %s", source).exists();
        }
        assertThat(ProjectFiles.read(ProjectFiles.ROOT.resolve(".dockerignore"))).contains("**/target");
    }

    /**
     * The plugin's tests compile against test-support, so the image builds the plugin in the
     * reactor ({@code -pl connect-plugin -am}, see above); a reactor build fails when the pom of a
     * module the parent pom lists was not copied.
     */
    @Test
    void buildsThePluginInTheReactorWithThePomOfEveryModuleOfTheParent() {
        String parentPom = ProjectFiles.read(ProjectFiles.ROOT.resolve("pom.xml"));
        List<String> modules = java.util.regex.Pattern.compile("<module>([^<]+)</module>").matcher(parentPom)
            .results().map(m -> m.group(1)).toList();
        List<String> copied = dockerfile.arguments("COPY").stream().filter(copy -> !copy.startsWith("--from"))
            .flatMap(copy -> List.of(copy.split("\\s+")).stream()).toList();

        assertThat(modules).as("modules of the parent pom").contains("connect-plugin", "test-support")
            .allSatisfy(module -> assertThat(copied).as("COPY of module %s or of its pom", module)
                .containsAnyOf(module, module + "/pom.xml"));
        assertThat(copied).as("modules the plugin build compiles").contains("connect-plugin", "test-support");
    }
}
