#!/bin/sh
# Builds the benchmarks and runs them: the JMH suite (H2 and PostgreSQL), the tables rendered from it,
# then the compile-time benchmark. Everything lands in benchmarks/target/results/.
#
#   benchmarks/run.sh           the whole suite, with the settings in the benchmark classes'
#                               annotations (about an hour on 2 cores)
#   benchmarks/run.sh --quick   one short iteration of everything, to check that it all works
#
# PostgreSQL: 127.0.0.1:5432, user postgres, database test; override with
# JAVA_OPTS="-Drelata.bench.postgresql.url=jdbc:postgresql://host:port/db -Drelata.bench.postgresql.user=..."
set -eu
cd "$(dirname "$0")/.."
# Clean first: the generated DAOs must come from the processor being built, and javac does not
# regenerate them when only the processor changed.
mvn -B -q -Pbenchmarks -pl benchmarks clean
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"
java -version 2>&1 | head -1 > "$out/environment.txt"
echo "cores: $(nproc)" >> "$out/environment.txt"
if [ "${1:-}" = "--quick" ]; then
    jmh="-f 1 -wi 1 -i 1 -w 200ms -r 200ms"
    compile="--sizes 50,500 --warmup 1 --warmup-each 0 --repetitions 1"
else
    jmh=""
    compile=""
fi
echo "JMH options: ${jmh:-none}; compile benchmark options: ${compile:-none}" >> "$out/environment.txt"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" -foe true $jmh -rf csv -rff "$out/jmh.csv" > "$out/jmh.txt" 2>&1
java -cp "$jar" dev.relata.benchmarks.report.Report "$out/jmh.csv" > "$out/runtime.md"
# shellcheck disable=SC2086
java -Xms3g -Xmx3g -cp "$jar" dev.relata.benchmarks.compile.CompileBenchmark $compile > "$out/compile.txt" 2>&1
cat "$out/runtime.md" "$out/compile.txt"
