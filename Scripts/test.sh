#!/usr/bin/env bash
# The whole test suite: builds once, starts a throwaway PostgreSQL on loopback, runs the API tests on PostgreSQL,
# every test on SQLite (storage contract tests on both backends), the schemathesis contract tests against a live debug
# server on SQLite (Scripts/contract-tests.sh), the fuzzers for 60 s each (Scripts/fuzz.sh), and stops PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_url=$(bash Scripts/postgres-test-server.sh start)
trap 'bash Scripts/postgres-test-server.sh stop >/dev/null 2>&1 || true' EXIT
# The SQLite stage runs every suite in parallel on 2 cores; a connection can take seconds to come up under that load.
export CATACLYSM_TEST_POSTGRES_URL="$pg_url?connect_timeout=60"
export CATACLYSM_REQUIRE_POSTGRES=1

swift build --build-tests
echo "== API tests on PostgreSQL"
CATACLYSM_TEST_BACKEND=postgres swift test --skip-build --filter AppTests
echo "== all tests on SQLite (storage contract suite on SQLite and PostgreSQL)"
CATACLYSM_TEST_BACKEND=sqlite swift test --skip-build
echo "== contract tests: schemathesis against /openapi.json of the debug server"
bash Scripts/contract-tests.sh
echo "== fuzzing the ingest and analysis pipeline (60 s per target)"
bash Scripts/fuzz.sh 60
