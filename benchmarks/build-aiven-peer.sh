#!/usr/bin/env bash
# Builds W2's Confluent-lineage peer: Aiven's JDBC source (a fork of Confluent's
# kafka-connect-jdbc, Apache-2.0, same config keys) as a Connect plugin folder, without Gradle.
# Neither Confluent's nor Aiven's connector is on Maven Central, so it is compiled from source:
#
#   git clone https://github.com/Aiven-Open/jdbc-connector-for-apache-kafka /tmp/aiven-src
#   git -C /tmp/aiven-src checkout v6.10.0
#   benchmarks/build-aiven-peer.sh /tmp/aiven-src /tmp/peer-plugins/aiven-jdbc
#   ./benchmark -Dbench.workloads=w2 -Dbench.source.peer.dir=/tmp/peer-plugins/aiven-jdbc
#
# Compiles src/main/java with javac --release 11 against the connect-api, kafka-clients and
# slf4j-api versions named in the checkout's build.gradle(.kts) (resolved from Maven Central by
# Maven into a temporary folder), copies src/main/resources (expanding the version), adds the
# KIP-898 connector manifests if the checkout predates them (tags <= v6.10.0; the stack's
# worker runs with plugin.discovery=service_load), and puts the jar and the PostgreSQL driver
# of the same build file into the plugin folder. Only the PostgreSQL source path is needed:
# the other databases' drivers and guava (which src/main does not import) are left out.
set -euo pipefail

src=$(cd "${1:?usage: $0 <aiven source checkout> [plugin dir]}" && pwd)
out=${2:-/tmp/peer-plugins/aiven-jdbc}
mvn=$(cd "$(dirname "$0")/.." && pwd)/mvnw

build_file=$src/build.gradle.kts
[[ -f $build_file ]] || build_file=$src/build.gradle
gradle_value() { # the value of `val name = "x"` / `name = 'x'` / `ext.name = "x"` in the build file
  sed -nE "s/^[[:space:]]*(val |ext\.)?$1[[:space:]]*=[[:space:]]*[\"']([^\"']+)[\"'].*/\2/p" "$build_file" | head -1
}
version=$(sed -nE 's/^version=(.*)/\1/p' "$src/gradle.properties")
kafka=$(gradle_value kafkaVersion)
slf4j=$(gradle_value slf4jVersion)
postgresql=$(grep -oE 'org\.postgresql:postgresql:[0-9][^"'"'"']*' "$build_file" | head -1 | cut -d: -f3)
for v in version kafka slf4j postgresql; do
  [[ -n ${!v} ]] || { echo "Cannot find the $v version in $src" >&2; exit 1; }
done
echo "Aiven JDBC $version against connect-api $kafka, slf4j-api $slf4j; PostgreSQL driver $postgresql" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for artifact in org.apache.kafka:connect-api:$kafka org.apache.kafka:kafka-clients:$kafka \
    org.slf4j:slf4j-api:$slf4j org.postgresql:postgresql:$postgresql; do
  "$mvn" -B -q -ntp dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/lib"
done

find "$src/src/main/java" -name '*.java' > "$work/sources"
javac --release 11 -nowarn -encoding UTF-8 -cp "$work/lib/*" -d "$work/classes" @"$work/sources"
cp -r "$src/src/main/resources/." "$work/classes/"
sed -i -E "s/^version=.*/version=$version/" "$work/classes/jdbc-connector-for-apache-kafka-version.properties"
services=$work/classes/META-INF/services
[[ -f $services/org.apache.kafka.connect.source.SourceConnector ]] \
  || echo io.aiven.connect.jdbc.JdbcSourceConnector > "$services/org.apache.kafka.connect.source.SourceConnector"
[[ -f $services/org.apache.kafka.connect.sink.SinkConnector ]] \
  || echo io.aiven.connect.jdbc.JdbcSinkConnector > "$services/org.apache.kafka.connect.sink.SinkConnector"

rm -rf "$out"
mkdir -p "$out"
jar --create --file "$out/jdbc-connector-for-apache-kafka-$version.jar" -C "$work/classes" .
cp "$work/lib/postgresql-$postgresql.jar" "$out/"
cp "$src/LICENSE" "$out/LICENSE-jdbc-connector-for-apache-kafka" 2>/dev/null || true
echo "$out" >&2
ls -l "$out" >&2
