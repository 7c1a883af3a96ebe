package io.ferry.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What holds for every compose file and Dockerfile of docker/. */
class ComposeFilesTest {

    @Test
    void everyBuildContextDockerfileAndMountedFileExists() {
        for (String name : ComposeFile.ALL) {
            ComposeFile compose = ComposeFile.read(name);
            assertThat(compose.services()).as("services of %s", name).isNotEmpty();
            for (ComposeService service : compose.services()) {
                String where = name + " service " + service.name();
                if (service.isBuilt()) {
                    Path context = compose.resolve(service.buildContext());
                    assertThat(context).as("build context of %s", where).isDirectory();
                    assertThat(context.resolve(service.dockerfile())).as("Dockerfile of %s", where).isRegularFile();
                } else {
                    assertThat(service.image()).as("image of %s", where).isNotBlank();
                }
                for (String source : service.bindMountSources()) {
                    assertThat(compose.resolve(source)).as("mount %s of %s", source, where).exists();
                }
            }
        }
    }

    @Test
    void namesImagesWithoutARegistryHost() {
        List<String> images = new ArrayList<>();
        for (String name : ComposeFile.ALL) {
            ComposeFile.read(name).services().stream().filter(service -> !service.isBuilt())
                .forEach(service -> images.add(service.image()));
        }
        images.addAll(Dockerfile.read("connect.Dockerfile").baseImages());
        images.addAll(Dockerfile.read("target.Dockerfile").baseImages());

        assertThat(images).isNotEmpty().allSatisfy(image -> {
            String first = image.split("/")[0];
            assertThat(image.contains("/") && (first.contains(".") || first.contains(":")
                || first.equals("localhost"))).as("registry host in %s", image).isFalse();
        });
    }
}
