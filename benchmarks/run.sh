#!/usr/bin/env bash
# Builds and runs leadkit's benchmark suite, then writes docs/benchmarks.md from that one run.
#
#   benchmarks/run.sh             the measured run: about 40 minutes on 2 cores (21 benchmarks x 2 forks x
#                                 (3 x 1 s warmup + 5 x 1 s measurement + about 1 s to start a fork); the 6 of
#                                 ClientBenchmark with 15 x 2 s warmup and 5 x 2 s measurement; 15 cold starts
#                                 per contender after one unmeasured round; then benchmarks/endpoint.sh, about 15 minutes)
#   benchmarks/run.sh --quick     a smoke run, about 2 minutes (1 fork, 1 x 2 s warmup, 1 x 1 s measurement;
#                                 3 cold starts per contender); the report says it is one
#   --out FILE                    write the report to FILE instead of docs/benchmarks.md
#
# Run it on a quiet machine: nothing else busy, no power saving. Results (JMH JSON and log, cold-start samples,
# connection counts) stay in benchmarks/target/results.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

quick=false
out="docs/benchmarks.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$quick" = true ]; then
  command="benchmarks/run.sh --quick"
  jmh_settings=(-f 1 -wi 1 -w 2s -i 1 -r 1s)
  client_settings=("${jmh_settings[@]}")
  cold_runs=3
else
  command="benchmarks/run.sh"
  jmh_settings=(-f 2 -wi 3 -w 1s -i 5 -r 1s)
  # The JDK's HttpClient (the baseline) and LeadClient reach their steady throughput only after 10 to 16 s of
  # sending on two cores (JIT, with both cores busy sending); with 3 s of warm-up the send ratios measured warm-up
  # speed and swung from 0.7x to 1.1x between runs.
  client_settings=(-f 2 -wi 15 -w 2s -i 5 -r 2s)
  cold_runs=15
fi

echo "== build: mvn -B -q -pl benchmarks -am package -DskipTests"
mvn -B -q -pl benchmarks -am package -DskipTests

results="$root/benchmarks/target/results"
rm -rf "$results"
mkdir -p "$results"
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"

echo "== JMH ${jmh_settings[*]} -prof gc (all but ClientBenchmark)"
java -cp "$cp" org.openjdk.jmh.Main 'dev\.leadkit\.benchmarks\..*' -e 'ClientBenchmark' "${jmh_settings[@]}" \
  -foe false -prof gc -rf json -rff "$results/jmh-main.json" 2>&1 | tee "$results/jmh.log"
echo "== JMH ${client_settings[*]} -prof gc (ClientBenchmark)"
java -cp "$cp" org.openjdk.jmh.Main 'dev\.leadkit\.benchmarks\.ClientBenchmark' "${client_settings[@]}" \
  -foe false -prof gc -rf json -rff "$results/jmh-client.json" \
  -jvmArgsAppend "-Dleadkit.bench.connections=$results/connections.tsv" 2>&1 | tee -a "$results/jmh.log"
python3 - "$results" <<'PY'
import json, sys
d = sys.argv[1]
runs = [json.load(open(f"{d}/{name}.json")) for name in ("jmh-main", "jmh-client")]
json.dump(runs[0] + runs[1], open(f"{d}/jmh.json", "w"), indent=1)
PY

echo "== cold start: $cold_runs runs per contender"
java -cp "$cp" dev.leadkit.benchmarks.ColdStart --runs "$cold_runs" --classpath "$cp" \
  --out "$results/coldstart.json" --log "$results/coldstart-stderr.log"

echo "== report"
java -cp "$cp" dev.leadkit.benchmarks.Report --results "$results" --out "$out" --command "$command" \
  --smoke "$quick" --notes "$root/benchmarks/notes.md"

echo "== LeadEndpoint load goals (benchmarks/endpoint.sh), into the same report"
if [ "$quick" = true ]; then
  benchmarks/endpoint.sh --quick --skip-build --doc "$out"
else
  benchmarks/endpoint.sh --skip-build --doc "$out"
fi
