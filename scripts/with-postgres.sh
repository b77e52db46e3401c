#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh cargo test
#
# runs the test suite a second time, against a real PostgreSQL server: it
# starts a private server in a temporary directory (Unix socket only, no TCP,
# trust authentication, fsync off), runs the command with
#   ROSTER_TEST_POSTGRES=postgres://roster@localhost/postgres?host=<socket dir>
#   PGHOST=<socket dir> PGUSER=roster PGDATABASE=postgres
#                                       (so plain `psql` reaches it too)
# and stops and removes the server afterwards, also when the command fails
# or the script is interrupted. It exits with the command's status.
#
# Needs PostgreSQL's server programs (initdb, pg_ctl; found through
# `pg_config --bindir`, else on PATH). Usable locally and in CI; run as root
# (as in many CI containers), it runs the server as the `postgres` user.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

bindir=""
if command -v pg_config >/dev/null 2>&1; then
    bindir=$(pg_config --bindir 2>/dev/null || true)
fi
find_prog() {
    if [ -n "$bindir" ] && [ -x "$bindir/$1" ]; then
        echo "$bindir/$1"
    else
        command -v "$1" 2>/dev/null || true
    fi
}
initdb=$(find_prog initdb)
pg_ctl=$(find_prog pg_ctl)
if [ -z "$initdb" ] || [ -z "$pg_ctl" ]; then
    echo "$0: PostgreSQL's server programs (initdb, pg_ctl) were not found;" >&2
    echo "install the PostgreSQL server (e.g. apt-get install postgresql) or put its bin directory on PATH" >&2
    exit 1
fi

# As root, the server has to run as an ordinary user: postgres.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "$0: running as root, but there is no postgres user to run the server as" >&2
    exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/roster-pg.XXXXXX")
started=0
cleanup() {
    if [ "$started" -eq 1 ]; then
        as_server_user "$pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
fi

if ! as_server_user "$initdb" -D "$dir/data" -A trust -U roster --no-sync -E UTF8 --locale=C \
        >"$dir/initdb.log" 2>&1; then
    echo "$0: initdb failed:" >&2
    tail -n 30 "$dir/initdb.log" >&2
    exit 1
fi
started=1
if ! as_server_user "$pg_ctl" -D "$dir/data" \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c max_connections=200" \
        -l "$dir/log" -w start >/dev/null; then
    echo "$0: the PostgreSQL server did not start; its log ends:" >&2
    tail -n 30 "$dir/log" >&2 || true
    exit 1
fi

export ROSTER_TEST_POSTGRES="postgres://roster@localhost/postgres?host=$dir"
export PGHOST="$dir" PGUSER=roster PGDATABASE=postgres

status=0
"$@" || status=$?
exit "$status"
