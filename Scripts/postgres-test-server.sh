#!/usr/bin/env bash
# Throwaway PostgreSQL server for the storage tests.
#
#   Scripts/postgres-test-server.sh start   # install if needed, start, print the URL
#   Scripts/postgres-test-server.sh url     # print the URL of the running server
#   Scripts/postgres-test-server.sh stop    # stop it and delete its data
#
# The cluster lives in a fresh temp dir (owned by the `postgres` user when run as root), listens on
# 127.0.0.1 only (port $CATACLYSM_PG_PORT, default 54329) with its unix socket inside the temp dir,
# trusts local connections, and has a database `cataclysm_test`. State is kept in
# $CATACLYSM_PG_STATE_DIR (default /tmp/cataclysm-pg). Every command is idempotent, needs no
# standard input, and prints only the URL on stdout.
#
# Typical use:
#   export CATACLYSM_TEST_DATABASE="$(Scripts/postgres-test-server.sh start)"
#   swift test
#   Scripts/postgres-test-server.sh stop
set -euo pipefail

PORT="${CATACLYSM_PG_PORT:-54329}"
STATE_DIR="${CATACLYSM_PG_STATE_DIR:-/tmp/cataclysm-pg}"
STATE_FILE="$STATE_DIR/state"
DB_NAME="cataclysm_test"
DB_USER="postgres"

log() { echo "postgres-test-server: $*" >&2; }
die() { log "$*"; exit 1; }

url() { echo "postgres://$DB_USER@127.0.0.1:$PORT/$DB_NAME"; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the cluster owner (postgres when root, else the current user).
as_owner() {
    if is_root; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bindir() {
    local initdb_path candidate
    if initdb_path="$(command -v initdb 2>/dev/null)"; then
        dirname "$(readlink -f "$initdb_path")"
        return 0
    fi
    candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        echo "$candidate"
        return 0
    fi
    return 1
}

install_postgres() {
    is_root || die "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is not available"
    log "installing PostgreSQL from Debian packages…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null >"$STATE_DIR/apt.log" 2>&1 || { cat "$STATE_DIR/apt.log" >&2; die "apt-get update failed"; }
    apt-get install -y -qq --no-install-recommends postgresql </dev/null >>"$STATE_DIR/apt.log" 2>&1 \
        || { tail -n 30 "$STATE_DIR/apt.log" >&2; die "apt-get install postgresql failed"; }
    # Debian's package starts its own cluster on 5432; ours does not need it.
    if command -v pg_ctlcluster >/dev/null 2>&1; then
        for conf in /etc/postgresql/*/main; do
            [ -d "$conf" ] || continue
            version="$(basename "$(dirname "$conf")")"
            pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
        done
    fi
}

ensure_owner_user() {
    is_root || return 0
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
}

# Reads the state file into CLUSTER_DIR / BINDIR / STATE_PORT; returns 1 when absent.
load_state() {
    [ -f "$STATE_FILE" ] || return 1
    CLUSTER_DIR="$(sed -n 's/^cluster_dir=//p' "$STATE_FILE")"
    BINDIR="$(sed -n 's/^bindir=//p' "$STATE_FILE")"
    STATE_PORT="$(sed -n 's/^port=//p' "$STATE_FILE")"
    [ -n "$CLUSTER_DIR" ] && [ -n "$BINDIR" ] && [ -n "$STATE_PORT" ]
}

server_running() {
    load_state || return 1
    [ -d "$CLUSTER_DIR/data" ] || return 1
    as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" status >/dev/null 2>&1
}

cleanup_state() {
    if load_state; then
        if [ -d "$CLUSTER_DIR/data" ]; then
            as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" stop -m fast -w >/dev/null 2>&1 || true
        fi
        case "$CLUSTER_DIR" in
            */cataclysm-pg-cluster.*) rm -rf "$CLUSTER_DIR" ;;
        esac
    fi
    rm -f "$STATE_FILE"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cmd_start() {
    mkdir -p "$STATE_DIR"
    if server_running; then
        [ "$STATE_PORT" = "$PORT" ] || PORT="$STATE_PORT"
        url
        return 0
    fi
    cleanup_state  # stale state from a crashed run or a reboot

    if ! BINDIR="$(find_bindir)"; then
        install_postgres
        BINDIR="$(find_bindir)" || die "initdb not found after installing PostgreSQL"
    fi
    ensure_owner_user
    if port_in_use "$PORT"; then
        die "port $PORT on 127.0.0.1 is already in use (set CATACLYSM_PG_PORT to another port)"
    fi

    CLUSTER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cataclysm-pg-cluster.XXXXXX")"
    chmod 700 "$CLUSTER_DIR"
    mkdir -p "$CLUSTER_DIR/socket"
    if is_root; then chown -R postgres: "$CLUSTER_DIR"; fi
    printf 'cluster_dir=%s\nbindir=%s\nport=%s\n' "$CLUSTER_DIR" "$BINDIR" "$PORT" >"$STATE_FILE"

    if ! as_owner "$BINDIR/initdb" -D "$CLUSTER_DIR/data" -U "$DB_USER" -A trust -E UTF8 --locale=C \
            --no-sync </dev/null >"$CLUSTER_DIR/initdb.log" 2>&1; then
        cat "$CLUSTER_DIR/initdb.log" >&2
        cleanup_state
        die "initdb failed"
    fi
    local options="-p $PORT -k $CLUSTER_DIR/socket -c listen_addresses=127.0.0.1 -c max_connections=200"
    options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if ! as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -o "$options" \
            -w -t 60 start </dev/null >/dev/null 2>&1; then
        tail -n 30 "$CLUSTER_DIR/server.log" >&2 || true
        cleanup_state
        die "the server did not start"
    fi
    if ! as_owner "$BINDIR/psql" -h "$CLUSTER_DIR/socket" -p "$PORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -qAt \
            -c "CREATE DATABASE $DB_NAME" </dev/null >/dev/null 2>"$CLUSTER_DIR/createdb.log"; then
        cat "$CLUSTER_DIR/createdb.log" >&2
        cleanup_state
        die "creating database $DB_NAME failed"
    fi
    url
}

cmd_url() {
    if server_running; then
        PORT="$STATE_PORT"
        url
    else
        die "not running (use: $0 start)"
    fi
}

cmd_stop() {
    cleanup_state
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    url) cmd_url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
