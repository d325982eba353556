#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the regional-network tests (issue #20).
#   eval "$(scripts/test-postgres.sh start)"   # prints `export WORKBENCH_TEST_PG_URL=…; export WORKBENCH_TEST_PG_DIR=…`
#   scripts/test-postgres.sh stop "$WORKBENCH_TEST_PG_DIR"
# initdb/pg_ctl refuse to run as root, so as root the cluster runs as the `postgres` user
# (created by Debian's package). Loopback only, a random free port, trust auth for the
# superuser on 127.0.0.1 (the tests give each library service its own role with a password).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/workbench-pg-XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    # fsync off: a throwaway cluster; the tests stop the server with immediate mode on purpose.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "export WORKBENCH_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres; export WORKBENCH_TEST_PG_DIR=$dir"
    ;;
  stop)
    dir=${2:?usage: stop <dir>}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
