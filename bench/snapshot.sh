#!/usr/bin/env bash
# Builds the example site and a generated corpus with this checkout's library (test classpath,
# org.sitegen.bench.BuildOnce) into OUT/example and OUT/corpus, for byte-identity checks of a
# refactoring: run it before and after, then `diff -r BEFORE AFTER`.
# usage: bench/snapshot.sh OUT [RECORDS]     (RECORDS default 10000; needs ../shared/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; records=${2:-10000}
corpus=${TMPDIR:-/tmp}/sitegen-corpus-$records
[ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --records "$records" --out "$corpus" >/dev/null
mvn -B -o -q -pl core test-compile
mvn -B -o -q -pl core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$PWD/core/target/snapshot-cp.txt" -Dmdep.includeScope=test >/dev/null
cp="core/target/test-classes:core/target/classes:$(cat core/target/snapshot-cp.txt)"
rm -rf "$out"; mkdir -p "$out"
java -Xmx1g -cp "$cp" org.sitegen.bench.BuildOnce example-site/src/site-gen "$out/example" >/dev/null
java -Xmx1g -cp "$cp" org.sitegen.bench.BuildOnce "$corpus" "$out/corpus" >/dev/null
echo "snapshot in $out: $(find "$out" -type f | wc -l) files"
