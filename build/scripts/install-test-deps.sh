#!/usr/bin/env bash
# Makes the test dependencies available on Debian/Ubuntu: a PostgreSQL server on 127.0.0.1:5432 that accepts
# user "postgres" with password "postgres" over TCP, and a Chromium browser at /usr/bin/chromium.
#
# Idempotent: installs only what is missing and honours a server that is already running.
# If AFFILIATES_TEST_POSTGRES is set, PostgreSQL is left alone (the tests use that connection string).
# Called by build/test.sh; exports nothing.
set -euo pipefail

log() { printf 'install-test-deps: %s\n' "$*"; }
die() { printf 'install-test-deps: error: %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when root, through sudo when available.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# Run a command as the postgres OS user.
as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then
    "$@"
  elif [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -u postgres "$@"
  else
    die "cannot run commands as the postgres user: $*"
  fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these packages yourself: $*"
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@"
}

PG_HOST=127.0.0.1
PG_PORT=5432
PG_PASSWORD=postgres

pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1; }

wait_for_pg() {
  local _
  for _ in $(seq 1 60); do
    if pg_ready; then return 0; fi
    sleep 1
  done
  return 1
}

# ---------------------------------------------------------------------------------------------------------------
# 1. Packages
# ---------------------------------------------------------------------------------------------------------------
packages=()

need_postgres=1
if [ -n "${AFFILIATES_TEST_POSTGRES:-}" ]; then
  need_postgres=0
  log "AFFILIATES_TEST_POSTGRES is set; leaving PostgreSQL alone"
fi

if [ "$need_postgres" -eq 1 ]; then
  # Debian's cluster tools (pg_lsclusters, pg_ctlcluster) plus client and server binaries. A postgres/pg_ctl in
  # /usr/local/bin alone is not enough: the server is managed through postgresql-common.
  if ! command -v psql >/dev/null 2>&1 || ! command -v pg_isready >/dev/null 2>&1 \
     || ! command -v pg_lsclusters >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1 \
     || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if pg_ready; then
      log "a PostgreSQL server already answers on $PG_HOST:$PG_PORT; not installing PostgreSQL packages"
    else
      packages+=(postgresql)
    fi
  else
    log "PostgreSQL packages present ($(psql --version))"
  fi
fi

if [ ! -x /usr/bin/chromium ]; then
  packages+=(chromium fonts-liberation)
else
  log "chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
fi

if [ "${#packages[@]}" -gt 0 ]; then
  apt_install "${packages[@]}"
fi

[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is still missing after installation"

# ---------------------------------------------------------------------------------------------------------------
# 2. PostgreSQL server on 127.0.0.1:5432 with password authentication
# ---------------------------------------------------------------------------------------------------------------
if [ "$need_postgres" -eq 1 ]; then
  started_here=0
  if pg_ready; then
    log "PostgreSQL already running on $PG_HOST:$PG_PORT"
  else
    command -v pg_lsclusters >/dev/null 2>&1 || die "pg_lsclusters not found (postgresql-common missing)"
    # Prefer a cluster on our port; otherwise create 15/main (or <newest installed version>/main).
    cluster="$(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print $1 " " $2; exit }')"
    if [ -z "$cluster" ]; then
      version=15
      if [ ! -x "/usr/lib/postgresql/$version/bin/postgres" ]; then
        version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -n | tail -n 1)"
      fi
      [ -n "$version" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
      name=main
      # A main cluster on another port (e.g. 5432 was busy when the package was installed) is left as it is.
      if pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main" { f = 1 } END { exit !f }'; then
        name=affiliates_test
      fi
      log "creating cluster $version/$name on port $PG_PORT"
      as_root pg_createcluster --port "$PG_PORT" "$version" "$name"
      cluster="$version $name"
    fi
    # shellcheck disable=SC2086
    set -- $cluster
    log "starting cluster $1/$2"
    # Containers may lack the socket directory (normally created by systemd-tmpfiles).
    as_root mkdir -p /var/run/postgresql
    as_root chown postgres:postgres /var/run/postgresql
    as_root pg_ctlcluster "$1" "$2" start || true
    if ! wait_for_pg; then
      log "last lines of the server log:"
      as_root tail -n 30 "/var/log/postgresql/postgresql-$1-$2.log" 2>/dev/null || true
      die "PostgreSQL did not become ready on $PG_HOST:$PG_PORT within 60 s"
    fi
    started_here=1
    log "PostgreSQL $1/$2 is running on $PG_HOST:$PG_PORT"
  fi

  # Password authentication over TCP for user postgres.
  if PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    log "user postgres can log in over TCP with the test password"
  elif id postgres >/dev/null 2>&1; then
    log "setting the password of user postgres"
    as_postgres psql -p "$PG_PORT" -d postgres -qc "ALTER USER postgres PASSWORD '$PG_PASSWORD'" >/dev/null \
      || die "could not set the postgres password (server not managed on this machine? set AFFILIATES_TEST_POSTGRES)"
    PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null \
      || die "user postgres still cannot log in over TCP with the test password (check pg_hba.conf)"
  else
    die "cannot log in as postgres/postgres on $PG_HOST:$PG_PORT and there is no postgres OS user; set AFFILIATES_TEST_POSTGRES"
  fi
  if [ "$started_here" -eq 1 ]; then
    log "PostgreSQL ready: Host=$PG_HOST;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD"
  fi
fi

log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo '/usr/bin/chromium (version unknown)')"
log "done"
