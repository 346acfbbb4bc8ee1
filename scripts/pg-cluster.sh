#!/usr/bin/env bash
# A private PostgreSQL cluster for tests and development: initdb in a
# folder of its own, a Unix socket in that folder, no TCP, trust
# authentication (only the folder's owner can reach the socket).
#
#   scripts/pg-cluster.sh start [DIR]   start (initdb first if needed); prints the
#                                       RAPPORT_TEST_PG connection string
#   scripts/pg-cluster.sh stop  [DIR]   stop it
#   scripts/pg-cluster.sh url   [DIR]   print the connection string
#
# DIR defaults to /tmp/rapport-pg-$(id -u). As root, the server runs as the
# `postgres` user (initdb refuses root). The superuser login of the cluster
# is `postgres`; tests create their own databases and roles in it.
set -euo pipefail

command=${1:-start}
dir=${2:-/tmp/rapport-pg-$(id -u)}
port=${RAPPORT_PG_PORT:-54329}

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin=$candidate
done
if [ -z "$bin" ] && command -v initdb >/dev/null 2>&1; then
    bin=$(dirname "$(command -v initdb)")
fi
if [ -z "$bin" ]; then
    echo "pg-cluster: initdb not found; install the postgresql package (apt-get install -y postgresql libpq-dev)" >&2
    exit 69
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

url() {
    echo "postgresql:///postgres?host=$dir/socket&port=$port&user=postgres"
}

case "$command" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner mkdir -p "$dir/data" "$dir/socket"
        as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses='' -k $dir/socket -p $port -c fsync=off -c max_connections=200" start >/dev/null \
            || { cat "$dir/server.log" >&2; exit 1; }
    fi
    url
    ;;
stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
restart)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 restart >/dev/null
    ;;
url)
    url
    ;;
*)
    echo "usage: scripts/pg-cluster.sh start|stop|restart|url [DIR]" >&2
    exit 64
    ;;
esac
