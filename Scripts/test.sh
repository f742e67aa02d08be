#!/usr/bin/env bash
# The whole test suite: builds once, installs the PDF tools if missing (Scripts/pdf-tools.sh: qpdf, poppler-utils, which
# the coaching-report PDF tests run), starts a throwaway PostgreSQL on loopback, runs the API tests on PostgreSQL (and
# the storage contract tests on both backends), every test on SQLite, the schemathesis contract tests against a live debug
# server on SQLite (Scripts/contract-tests.sh), the fuzzers for 60 s each (Scripts/fuzz.sh), and stops PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

bash Scripts/pdf-tools.sh
pg_url=$(bash Scripts/postgres-test-server.sh start)
trap 'bash Scripts/postgres-test-server.sh stop >/dev/null 2>&1 || true' EXIT

swift build --build-tests

# Runs one test stage line-buffered, so the log shows every test that started even if the process never ends. A stage
# that outlives its limit (each takes minutes; a hang would sit until CI's own limit) gets the thread backtraces of its
# test process printed (gdb, when present), is stopped, and fails.
stage() {
    local limit=$(( $1 * 60 )) waited=0 status=0
    shift
    stdbuf -oL -eL "$@" &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        sleep 5
        waited=$((waited + 5))
        if (( waited >= limit )); then
            echo "== stage still running after $((limit / 60)) min: stopping it" >&2
            for test_pid in $(pgrep -f 'CataclysmPackageTests.xctest' || true); do
                command -v gdb > /dev/null && timeout 120 gdb -p "$test_pid" -batch -ex 'thread apply all bt 30' 2>/dev/null |
                    grep -E '^(Thread|#)' >&2 || true
                kill -9 "$test_pid" 2>/dev/null || true
            done
            break
        fi
    done
    wait "$pid" || status=$?
    (( waited < limit )) || status=124
    return "$status"
}
# CATACLYSM_TEST_DATABASE picks the test database (Sources/TestSupport/TestDatabase.swift). Suites run in parallel on
# 2 cores; a connection can take seconds to come up under that load.
echo "== API tests on PostgreSQL, storage contract suite on SQLite and PostgreSQL"
CATACLYSM_TEST_DATABASE="$pg_url?connect_timeout=60" stage 25 swift test --skip-build --filter 'AppTests|StorageTests'
echo "== all tests on SQLite"
CATACLYSM_TEST_DATABASE=sqlite stage 25 swift test --skip-build
echo "== contract tests: schemathesis against /openapi.json of the debug server"
bash Scripts/contract-tests.sh
echo "== fuzzing the ingest and analysis pipeline (60 s per target)"
bash Scripts/fuzz.sh 60
