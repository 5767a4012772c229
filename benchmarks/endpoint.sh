#!/usr/bin/env bash
# Runs LeadEndpoint's load goals (dev.leadkit.benchmarks.EndpointLoad) and writes them into docs/benchmarks.md,
# between the markers <!-- endpoint:start --> and <!-- endpoint:end --> (appended if absent).
#
#   benchmarks/endpoint.sh            the measured run: attack 20 s; throughput in 5 fresh JVMs, each 10 s warm-up
#                                     then 3 rounds of 10 s per side and concurrency (about 15 minutes)
#   benchmarks/endpoint.sh --quick    a shortened run: attack 10 s; throughput in 1 JVM, 3 s warm-up, 3 rounds of 5 s
#   --dir DIR                         where the lead files go (default benchmarks/target/endpoint-load; put it on
#                                     the disk you mean to measure, not tmpfs)
#   --skip-build                      use the classes already built
#   --doc FILE                        the report to write into (default docs/benchmarks.md)
#
# Run it on a quiet machine; the endpoint and the load driver share this JVM and its cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

quick=false
build=true
dir="$root/benchmarks/target/endpoint-load"
doc="$root/docs/benchmarks.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --dir) dir="$2"; shift ;;
    --skip-build) build=false ;;
    --doc) doc="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$quick" = true ]; then
  command="benchmarks/endpoint.sh --quick"; attack=(--seconds 10 --warmup 3); load=(--seconds 5 --warmup 3 --rounds 3 --forks 1)
else
  command="benchmarks/endpoint.sh"; attack=(--seconds 20 --warmup 5); load=(--seconds 10 --warmup 10 --rounds 3 --forks 5)
fi

if [ "$build" = true ]; then
  echo "== build: mvn -B -q -pl benchmarks -am package -DskipTests" >&2
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
loadavg="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" # before the run: the run's own threads count
mkdir -p "$dir"

echo "== attack ${attack[*]}" >&2
rows="$(java -Xss512k -cp "$cp" dev.leadkit.benchmarks.EndpointLoad attack --dir "$dir" "${attack[@]}")"
echo "$rows" >&2
echo "== throughput ${load[*]}" >&2
rows="$rows
$(java -cp "$cp" dev.leadkit.benchmarks.EndpointLoad throughput --dir "$dir" "${load[@]}")"
echo "$rows" >&2

fs="$(df -T "$dir" | awk 'NR==2 {print $2}')"
section="<!-- endpoint:start -->
## LeadEndpoint under attack and under durable load

Made by \`$command\` on $(date -u +%Y-%m-%d), $(nproc) cores, JDK $(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/'), lead files on $fs, load average $loadavg before it started.
The endpoint (\`LeadEndpoint\` with its defaults, Jetty $(ls "$HOME/.m2/repository/org/eclipse/jetty/jetty-server" 2>/dev/null | sort -V | tail -1)) and the load driver
(\`EndpointLoad\`: kept-alive raw HTTP/1.1 connections posting a 120-byte lead back to back) share one JVM on
127.0.0.1; each throughput fork is a fresh JVM. Every ratio divides two figures of this run.$( [ "$quick" = true ] && printf '\n\n> **Shortened run** (`--quick`): shorter attack and load windows than the goals name; repeat without `--quick` on a quiet machine before quoting the figures.' || true)

| run | result | goal | met |
|---|---|---|---|
$rows
<!-- endpoint:end -->"

python3 - "$doc" "$section" <<'PY'
import sys, re
path, section = sys.argv[1], sys.argv[2]
text = open(path).read() if __import__('os').path.exists(path) else "# Benchmarks\n"
pattern = re.compile(r"<!-- endpoint:start -->.*?<!-- endpoint:end -->", re.S)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
echo "== wrote $doc" >&2
