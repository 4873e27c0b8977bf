#!/usr/bin/env bash
# Builds the benchmarks and runs them in one JMH run (so the ratios hold on a noisy machine),
# then the heap footprint, and prints a table with the ratios and the heap figures.
#
#   benchmarks/run.sh            # the whole run: 6 to 12 minutes on 2 idle cores, as fast as the machine
#   benchmarks/run.sh quick      # a smoke run: small portfolio, short iterations (about 3 minutes)
#
# Extra arguments after the mode go to JMH, e.g. `benchmarks/run.sh full -prof gc`.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-full}"
shift || true
out="benchmarks/target/results"
mkdir -p "$out"

mvn -B -q -ntp -Pbenchmarks -DskipTests -pl benchmarks -am package
jar=benchmarks/target/benchmarks.jar

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%dT%H:%MZ)"

if [ "$mode" = quick ]; then
  java -jar "$jar" 'PortfolioBenchmark|JsonBenchmark|CsvBenchmark' -p agreements=500 -p rows=100000 -wi 1 -i 2 -w 1 -r 1 -f 1 \
       -rf json -rff "$out/jmh.json" "$@"
  java -Xmx1g -cp "$jar" dev.partnering.benchmarks.HeapFootprint 1000 | tee "$out/heap.txt"
else
  # forks, warm-up and iterations are on the benchmark classes: one fork each, 2-8 warm-up
  # iterations of 2 s, 3-5 measured iterations of 2 s; every operation evaluates a whole portfolio
  java -jar "$jar" 'PortfolioBenchmark|JsonBenchmark|CsvBenchmark|ScalingBenchmark' -rf json -rff "$out/jmh.json" "$@"
  # the retained heap of the headline portfolio's 7.2 million measurements (target: under 256 MiB), and
  # the peak heap while it is evaluated with everything else (agreements, primitive arrays): in a 1 GiB
  # heap, so that the run fails if the evaluation needs more (the target is a peak under 1 GiB)
  java -Xmx1g -cp "$jar" dev.partnering.benchmarks.HeapFootprint | tee "$out/heap.txt"
fi

echo
java -cp "$jar" dev.partnering.benchmarks.ResultTable "$out/jmh.json" "$out/heap.txt" | tee "$out/table.md"
