#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suites, on a loopback port.
#   pgcluster.sh start STATE_FILE PORT   initdb into a new temporary directory, start
#   pgcluster.sh stop  STATE_FILE        stop it and remove the directory
# The cluster trusts local connections (it lives only as long as the test run) and
# skips fsync. As root it runs as the postgres user, which initdb requires.
set -euo pipefail
cmd="$1" state="$2"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pgcluster: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)

stop() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(cat "$state")
    if [ -d "$dir/data" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir" "$state"
}

case "$cmd" in
start)
    port="$3"
    stop
    dir=$(mktemp -d /tmp/jobdesk-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    echo "$dir" > "$state"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=128MB" start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pgcluster.sh start STATE_FILE PORT | stop STATE_FILE" >&2
    exit 2
    ;;
esac
