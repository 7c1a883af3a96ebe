# The Kafka Connect worker of the pipeline, with the Ferry plugin installed.
#
# Build from the repository root (the plugin's Maven build needs the whole project):
#   docker build -f docker/connect.Dockerfile -t ferry-connect .
#   docker build -f docker/connect.Dockerfile --build-arg CP_VERSION=7.3.0 -t ferry-connect:7.3.0 .
#
# CP_VERSION is the tag of the Confluent worker image. The default is from the 7.9 release line,
# not 8.x: the `confluent-hub` client that installs a plugin zip is deprecated since 7.6 and
# cannot be counted on in 8.x worker images, nor can curl, which the compose healthcheck uses.
# The plugin is compiled for Java 11 against Connect 3.3, so it loads on every image from 7.3.0
# on.
ARG CP_VERSION=7.9.5

# Stage 1: build the plugin and its Confluent-Hub-format zip.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml README.md LICENSE ./
COPY connectors connectors
COPY test-support test-support
COPY connect-plugin connect-plugin
# The reactor reads the pom of every module the parent lists; it builds only the plugin and the
# test support its tests compile against (-am), so the other modules need no more than their pom.
COPY local-stack/pom.xml local-stack/
COPY benchmarks/pom.xml benchmarks/
RUN mvn -B -ntp -pl connect-plugin -am package -DskipTests

# Stage 2: the worker image with the zip installed as a Confluent Hub component.
FROM confluentinc/cp-kafka-connect:${CP_VERSION}
COPY --from=build /build/connect-plugin/target/ferry-connect-jdbc-postgresql-*.zip /tmp/ferry/
# As root, so the component directory can be created and written whatever the base image's
# ownership of /usr/share; the worker itself runs as appuser again.
USER root
RUN confluent-hub install --no-prompt --component-dir /usr/share/confluent-hub-components \
        /tmp/ferry/ferry-connect-jdbc-postgresql-*.zip \
    && rm -rf /tmp/ferry
USER appuser
ENV CONNECT_PLUGIN_PATH=/usr/share/java,/usr/share/confluent-hub-components
