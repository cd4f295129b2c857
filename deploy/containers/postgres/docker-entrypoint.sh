#!/usr/bin/env bash
# The official postgres image's contract on zonky's binaries: on an empty PGDATA, initdb with POSTGRES_USER
# and POSTGRES_PASSWORD and create POSTGRES_DB; then run "postgres [args]" in the foreground.
set -euo pipefail

if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi
shift

user="${POSTGRES_USER:-postgres}"
database="${POSTGRES_DB:-$user}"
auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$auth" != trust ]; then
    echo "postgres: POSTGRES_PASSWORD is not set: set it (or POSTGRES_HOST_AUTH_METHOD=trust to allow any connection)" >&2
    exit 1
  fi
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA"
  initdb -D "$PGDATA" --username="$user" --pwfile=<(printf '%s\n' "${POSTGRES_PASSWORD:-}") \
    --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host="$auth" >/dev/null
  printf 'host all all all %s\n' "$auth" >> "$PGDATA/pg_hba.conf"
  printf "listen_addresses = '*'\nunix_socket_directories = '/tmp'\n" >> "$PGDATA/postgresql.auto.conf"
  if [ "$database" != postgres ]; then
    printf 'CREATE DATABASE "%s" OWNER "%s";\n' "$database" "$user" | postgres --single -D "$PGDATA" -j postgres >/dev/null
  fi
  # The official image initialises through a short-lived local server, so its users (Testcontainers among
  # them) expect "ready to accept connections" twice on a first start: keep that contract.
  pg_ctl -D "$PGDATA" -w -o "-c listen_addresses=''" start
  pg_ctl -D "$PGDATA" -w -m fast stop
  echo "postgres: initialised $PGDATA (user $user, database $database)"
fi

exec postgres -D "$PGDATA" "$@"
