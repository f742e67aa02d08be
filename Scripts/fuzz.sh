#!/usr/bin/env bash
# Fuzzes the whole ingest + analysis pipeline with libFuzzer (Tests/Fuzz): bytes → parse → laps → resample →
# every analysis → JSON. Usage: Scripts/fuzz.sh [SECONDS per target, default 60] [TARGET…]
# Builds the targets with -sanitize=fuzzer,address, runs them side by side for SECONDS from the committed seeds and
# regression inputs, prints the executions per target, and fails on any crash, sanitizer report, leak, time-out
# (10 s) or memory blow-up (2 GB). A finding lands in Tests/Fuzz/findings/TARGET/; once fixed, copy it into
# Tests/Fuzz/Corpus/regressions/TARGET/ so the normal test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzBytes FuzzStructured)

echo "fuzz: building ${targets[*]} (release, -sanitize=fuzzer,address)"
# SwiftPM does not notice files added to or removed from the main package when it is a path dependency: drop the
# cached build plan so it is made again (the compiled objects are reused).
rm -f "$root/.build-fuzz/release.yaml"
build_log=$(mktemp)
if ! (cd Tests/Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address --scratch-path "$root/.build-fuzz") > "$build_log" 2>&1; then
    grep -E 'error' "$build_log" | head -20 >&2
    echo "fuzz: the build failed" >&2
    exit 1
fi
grep -E 'Build complete' "$build_log" || true
rm -f "$build_log"
bin="$root/.build-fuzz/release"
export FUZZ_BASE_CSV="$root/Tests/Fuzz/Corpus/base.csv"
# No allocation stack traces (half the run time); a crash report still has the faulting stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}"

logs=$(mktemp -d)
pids=()
for target in "${targets[@]}"; do
    [ -x "$bin/$target" ] || { echo "fuzz: $target was not built" >&2; exit 1; }
    mkdir -p "$logs/$target" "Tests/Fuzz/findings/$target" "Tests/Fuzz/Corpus/seeds/$target" "Tests/Fuzz/Corpus/regressions/$target"
    "$bin/$target" "$logs/$target" "Tests/Fuzz/Corpus/seeds/$target" "Tests/Fuzz/Corpus/regressions/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$root/Tests/Fuzz/findings/$target/" > "$logs/$target.log" 2>&1 &
    pids+=($!)
done

status=0
for i in "${!targets[@]}"; do
    target=${targets[$i]}
    rc=0
    wait "${pids[$i]}" || rc=$?
    log="$logs/$target.log"
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    findings=$(find "Tests/Fuzz/findings/$target" -type f | wc -l)
    echo "fuzz: $target: $runs executions in ${seconds} s ($rate/s), exit $rc, $findings finding(s)"
    if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
        status=1
        grep -E -A40 '==ERROR|Fatal error|ERROR: libFuzzer' "$log" | head -80 >&2 || tail -40 "$log" >&2
    fi
done
rm -rf "$logs"
exit $status
