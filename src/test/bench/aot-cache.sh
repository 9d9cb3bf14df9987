#!/usr/bin/env bash
# Prepares a fast-starting Vanthu: extracts target/vanthu.jar (Spring Boot's nested jars cannot be
# mapped from a class-data archive) and trains an AOT cache (JDK 25, JEP 483/514/515: classes
# loaded and linked, plus method profiles) by rendering samples other than the benchmarked ones,
# on a JDK 21-24 a dynamic AppCDS archive instead. Then prints the command line to use.
#
#   src/test/bench/aot-cache.sh [DIR]      # default DIR: target/aot
#
# The cache is only valid for the same JDK, the same jar and the same flags: re-run after a build.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DIR=${1:-target/aot}
# One-shot CLI runs: the C1 compiler alone and the serial collector start and finish soonest.
FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
TRAIN=(samples/bao-cao-ttdn-2013-2017.json samples/to-trinh-de-an-ttdn-2025-2030.json
  samples/thong-bao-ket-luan-hop-ttdn.json)

[[ -f target/vanthu.jar ]] || ./mvnw -q -DskipTests package
rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar target/vanthu.jar extract --destination "$DIR" >/dev/null
# Probe with -XX:AOTMode, never with an AOTCacheOutput: the JVM deletes and recreates that path.
if "$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1; then
  CACHE=(-XX:AOTCache="$DIR/vanthu.aot")
  "$JAVA" -XX:AOTCacheOutput="$DIR/vanthu.aot" "${FLAGS[@]}" -jar "$DIR/vanthu.jar" \
    render "${TRAIN[@]}" -d "$DIR/training" >/dev/null
else
  CACHE=(-XX:SharedArchiveFile="$DIR/vanthu.jsa")
  "$JAVA" -XX:ArchiveClassesAtExit="$DIR/vanthu.jsa" "${FLAGS[@]}" -jar "$DIR/vanthu.jar" \
    render "${TRAIN[@]}" -d "$DIR/training" >/dev/null
fi
rm -rf "$DIR/training"
echo "$JAVA ${CACHE[*]} ${FLAGS[*]} -jar $DIR/vanthu.jar render IN.json -o OUT.pdf"
