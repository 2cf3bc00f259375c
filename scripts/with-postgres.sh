#!/usr/bin/env bash
# Runs a command next to a throw-away PostgreSQL cluster: created in a temporary folder on a
# free port, reachable at $ESPACE_TEST_POSTGRES (a superuser URL; tests create their own
# databases), stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root the
# cluster belongs to the `postgres` user that Debian's package creates.
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL is not installed: run \`make test-tools\` (it installs Debian's postgresql)." >&2
  exit 1
fi
dir=$(mktemp -d /tmp/espace-pg.XXXXXX)
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durability is pointless for a cluster thrown away after the tests.
as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null

export ESPACE_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
echo "==> PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port for: $*"
"$@"
