#!/usr/bin/env bash
# Contract tests against /openapi.json: runs schemathesis (from PyPI, in the git-ignored venv .venv-contract this
# script makes) with every check against a live server on a temporary SQLite file with the dev bypass, after seeding
# one real session and one share link so the session and sharing routes have something valid to hit. Fails on any
# server error, schema violation or crash; always stops the server.
#
# The server is the debug binary that `swift build --build-tests` (Scripts/test.sh) already built: a release build
# would add a second cold build of every dependency (well over 10 minutes on 2 cores) for no contract difference.
# Override with CATACLYSM_BIN=path. CONTRACT_MAX_EXAMPLES (default 25) bounds the examples per operation;
# CONTRACT_SEED (default fixed) makes another run reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${CATACLYSM_BIN:-.build/debug/cataclysm}
max_examples=${CONTRACT_MAX_EXAMPLES:-25}
seed=${CONTRACT_SEED:-20260301}
# The server log and the JUnit report of the last run are kept here (git-ignored).
keep=.build/contract-tests
venv=.venv-contract
fixture=Fixtures/sessions/barber_motorsports_park/barber_2026-03-21_novice.csv

[[ -x "$bin" ]] || { echo "contract-tests: $bin not built (run swift build --build-tests first)" >&2; exit 2; }

# Pinned so that a new release's extra checks never change what CI asserts without a commit.
schemathesis_version=4.32.5
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q " $schemathesis_version\$"; then
    echo "== contract tests: installing schemathesis $schemathesis_version into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi

work=$(mktemp -d)
server_pid=""
base=""
cleanup() {
    # A crashed server spends a while writing its backtrace: let it finish (up to 60 s) before stopping it.
    for _ in $(seq 1 120); do
        [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null || break
        curl -fsS -m 2 "$base/health" > /dev/null 2>&1 && break
        sleep 0.5
    done
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    elif [[ -n "$server_pid" ]]; then
        local code=0
        wait "$server_pid" 2>/dev/null || code=$?
        echo "contract-tests: the server had exited by itself (status $code)" >&2
    fi
    mkdir -p "$keep" && cp -r "$work/server.log" "$work/report" "$keep/" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"

# Upload limits are raised so the fuzzer reaches the upload handlers instead of the 429 after the tenth request.
env DEV_AUTH_BYPASS=true ENVIRONMENT=development DATABASE_URL="sqlite:///$work/contract.sqlite" HOST=127.0.0.1 PORT="$port" \
    LOG_LEVEL="${CONTRACT_LOG_LEVEL:-warning}" RATE_LIMIT_UPLOADS_PER_IP_PER_HOUR=1000000 RATE_LIMIT_ANON_UPLOADS_PER_IP_PER_DAY=1000000 \
    RATE_LIMIT_ANON_UPLOADS_PER_DAY=1000000 RATE_LIMIT_SHARE_VIEWS_PER_IP_PER_MINUTE=1000000 \
    "$bin" serve > "$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 120); do
    curl -fsS "$base/health" > /dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "contract-tests: server exited" >&2; cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
done
curl -fsS "$base/health" > /dev/null || { echo "contract-tests: server not healthy" >&2; cat "$work/server.log" >&2; exit 1; }

# Prints one field of the JSON document on standard input: json_field session_ids 0
json_field() { python3 -c 'import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1:]: value = value[int(key)] if isinstance(value, list) else value[key]
print(value)' "$@"; }

# One real session of the dev user, and a share link to it.
session_id=$(curl -fsS -F "files=@$fixture" "$base/api/sessions/upload" | json_field session_ids 0)
share_token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"session_id\": \"$session_id\"}" \
    "$base/api/sharing/create" | json_field token)
laps=$(curl -fsS "$base/api/sessions/$session_id/laps" \
    | python3 -c 'import json, sys; print(json.dumps([lap["lap_number"] for lap in json.load(sys.stdin)][:3]))')
track=$(curl -fsS "$base/api/sessions/$session_id" | json_field track_name)

# The dev user is also an instructor with one linked student, and owns an organization, so the instructor, student
# and organization routes reach their handlers too.
email=$(curl -fsS "$base/api/auth/me" | json_field email)
DATABASE_URL="sqlite:///$work/contract.sqlite" "$bin" users set-role "$email" instructor > /dev/null
student=(-H 'X-Test-User-Id: contract-student')
student_id=$(curl -fsS "${student[@]}" "$base/api/auth/me" | json_field id)
invite=$(curl -fsS -X POST "$base/api/instructor/invite" | json_field invite_code)
curl -fsS -X POST "${student[@]}" "$base/api/instructor/accept/$invite" > /dev/null
org_slug=contract-org
curl -fsS -H 'Content-Type: application/json' -d "{\"name\": \"Contract Org\", \"slug\": \"$org_slug\"}" "$base/api/orgs" > /dev/null
echo "== contract tests: server $base, session $session_id ($track), laps $laps, student $student_id, org $org_slug"

# Known values are mixed into the generated ones; the deleting operations act as another user so the seeded
# session, link and organization survive the run (they still run, and answer 403/404 or delete nothing).
cat > "$work/schemathesis.toml" <<EOF
# Every check (the file, not --checks on the command line, so that the per-operation exceptions below apply).
[checks]
enabled = true

[dictionaries.sessions]
values = ["$session_id"]
[dictionaries.laps]
values = $laps
[dictionaries.tracks]
values = ["$track"]
[dictionaries.shares]
values = ["$share_token"]
[dictionaries.students]
values = ["$student_id"]
[dictionaries.orgs]
values = ["$org_slug"]

[parameters]
"path.session_id" = { dictionary = "sessions", probability = 0.7 }
"path.other_id" = { dictionary = "sessions", probability = 0.7 }
"path.lap_number" = { dictionary = "laps", probability = 0.7 }
"query.ref" = { dictionary = "laps", probability = 0.7 }
"query.comp" = { dictionary = "laps", probability = 0.7 }
"query.lap" = { dictionary = "laps", probability = 0.5 }
"path.track_name" = { dictionary = "tracks", probability = 0.7 }
"path.track" = { dictionary = "tracks", probability = 0.7 }
"path.token" = { dictionary = "shares", probability = 0.7 }
"path.student_id" = { dictionary = "students", probability = 0.7 }
"path.user_id" = { dictionary = "students", probability = 0.5 }
"path.slug" = { dictionary = "orgs", probability = 0.7 }

# Deletes act as another user, so they never remove what the other operations need (the session, link, org, student).
[[operations]]
include-path-regex = '^/api/(sessions/\{session_id\}|sessions/all/clear|sharing/\{token\}|orgs/\{slug\}|instructor/students/\{student_id\})$'
include-method = "DELETE"
headers = { "X-Test-User-Id" = "contract-other-user" }

# These routes answer 404 for a second identifier (the user in the body, the member or event in the path) on an
# organization that exists; "the organization just created is not found" would misread that 404.
[[operations]]
include-path-regex = '^/api/orgs/\{slug\}/(members|events/\{event_id\})'
checks.ensure_resource_availability.enabled = false

# Answers that depend on data no schema can describe are not "valid data rejected": a file that is not a RaceChrono
# CSV (422), a challenger file of another track (400), a track with fewer than two of the caller's sessions (422), a
# flag naming a session that is not the student's (422), a mini-sector `lap` the session does not have (422), a
# vehicle whose year_range is not [start, end] with start <= end (422; JSON Schema cannot order two items), a note on
# a session that is not the caller's (404) or whose anchor_meta is over 4 KiB as JSON (422), the 51st sticky or 501st
# note (429), a claim of a session that is no unclaimed anonymous upload (404).
[[operations]]
include-path-regex = '^/api/(sessions/upload|sessions/claim|notes|stickies|sharing/\{token\}/upload|trends/|instructor/students/\{student_id\}/flags|sessions/\{session_id\}/mini-sectors|equipment/profiles|equipment/\{session_id\}/equipment)'
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "410", "422", "429"]

# Every DELETE runs as contract-other-user (the operation rule above matches any DELETE), and to that user the contract
# user's new profile, note or sticky is 404 by design (weak point 11; notes and stickies are private);
# "the resource just created is not found" would misread that.
[[operations]]
include-path-regex = '^/api/(equipment/profiles/\{profile_id\}|notes/\{note_id\}|stickies/\{sticky_id\})$'
checks.ensure_resource_availability.enabled = false
EOF

echo "== contract tests: schemathesis $("$venv/bin/schemathesis" --version | awk '{print $NF}'), all checks, $max_examples examples per operation, seed $seed"
status=0
"$venv/bin/schemathesis" --config-file "$work/schemathesis.toml" run "$base/openapi.json" \
    --max-examples "$max_examples" --workers 2 --seed "$seed" \
    --request-timeout 60 --suppress-health-check too_slow,filter_too_much,data_too_large \
    --report junit,har --report-dir "$work/report" || status=$?

if [[ $status -ne 0 ]]; then
    echo "contract-tests: schemathesis failed (exit $status); server log ($keep/server.log):" >&2
    grep -m1 -A12 'Fatal error' "$work/server.log" >&2 || tail -n 20 "$work/server.log" >&2
fi
exit "$status"
