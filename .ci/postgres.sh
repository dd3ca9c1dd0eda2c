#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests and the benchmark:
#
#   eval "$(.ci/postgres.sh start)"   # prints: export MINUTES_TEST_POSTGRES=postgres://…
#   make test
#   .ci/postgres.sh stop
#
# The cluster lives in $MINUTES_PG_DIR (default /tmp/minutes-pg-$UID), is
# initialised with initdb as an unprivileged user (postgres when run as
# root) and listens on 127.0.0.1:$MINUTES_PG_PORT (default 55432) and a
# socket in the same folder. It needs Debian's postgresql package (apt-get
# install postgresql); unaccent ships with it.
set -euo pipefail

dir=${MINUTES_PG_DIR:-/tmp/minutes-pg-$(id -u)}
port=${MINUTES_PG_PORT:-55432}

bindir() {
	if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
		dirname "$(readlink -f "$(command -v pg_ctl)")"
		return
	fi
	local d
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
	if [ -z "$d" ]; then
		echo "postgres.sh: no PostgreSQL server found (apt-get install postgresql)" >&2
		exit 1
	fi
	echo "$d"
}

# as runs a command as the unprivileged owner of the cluster: initdb and
# postgres refuse to run as root.
as() {
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

url="postgres://minutes@127.0.0.1:$port/minutes?sslmode=disable"

start() {
	local bin
	bin=$(bindir)
	if [ ! -f "$dir/data/PG_VERSION" ]; then
		mkdir -p "$dir"
		[ "$(id -u)" = 0 ] && chown postgres "$dir"
		as "$bin/initdb" -D "$dir/data" -U minutes --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
			{ cat "$dir/initdb.log" >&2; exit 1; }
	fi
	if ! as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
		# fsync off: a test server, thrown away; durability is not what
		# is tested. max_connections covers parallel test packages.
		as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" >/dev/null ||
			{ cat "$dir/server.log" >&2; exit 1; }
	fi
	as "$bin/psql" -h 127.0.0.1 -p "$port" -U minutes -d postgres -tAc \
		"SELECT 1 FROM pg_database WHERE datname = 'minutes'" | grep -q 1 ||
		as "$bin/createdb" -h 127.0.0.1 -p "$port" -U minutes minutes
	echo "export MINUTES_TEST_POSTGRES='$url'"
}

stop() {
	local bin
	bin=$(bindir)
	if [ -f "$dir/data/PG_VERSION" ]; then
		as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
url) echo "$url" ;;
*)
	echo "usage: $0 start|stop|url" >&2
	exit 2
	;;
esac
