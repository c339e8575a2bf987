#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts throw-away test services on 127.0.0.1 — PostgreSQL 15, MariaDB and a Jupyter server
# with ipykernel — each on a free port with its own data folder, and stops them again.
#
#   eval "$(scripts/services.sh start DIR)"   # prints export lines for the tests
#   scripts/services.sh stop DIR
#
# Exports: MWB_TEST_PG_URL, MWB_TEST_PG_PASSWORD, MWB_TEST_MYSQL_URL, MWB_TEST_MYSQL_PASSWORD,
# MWB_TEST_JUPYTER_URL, MWB_TEST_JUPYTER_TOKEN, MWB_TEST_SERVICES=1. URLs carry no password
# (ARCHITECTURE.md: passwords never go in URLs); tests pass them through the environment.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [[ -z "$cmd" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
random_secret() {
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24
}
# Runs a command as the given system user when we are root (initdb and postgres refuse root).
as_user() {
    local user=$1
    shift
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}
wait_for() {
    local what=$1 tries=$2
    shift 2
    for ((i = 0; i < tries; i++)); do
        if "$@" >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.25
    done
    echo "services: $what did not come up; see logs in $dir" >&2
    return 1
}

start_postgres() {
    local bin=/usr/lib/postgresql/15/bin
    local data=$dir/pg/data port password
    port=$(free_port)
    password=$(random_secret)
    mkdir -p "$dir/pg"
    printf '%s\n' "$password" >"$dir/pg/pwfile"
    [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir/pg"
    as_user postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$dir/pg/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1
    rm -f "$dir/pg/pwfile"
    as_user postgres "$bin/pg_ctl" -D "$data" -l "$dir/pg/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null
    # SQL on stdin so the password never shows in a process list.
    as_user postgres "$bin/psql" -h "$dir/pg" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q -d postgres >/dev/null <<SQL
CREATE ROLE mwb LOGIN SUPERUSER PASSWORD '$password';
CREATE DATABASE mwb_test OWNER mwb;
SQL
    echo "export MWB_TEST_PG_URL=postgresql://mwb@127.0.0.1:$port/mwb_test"
    echo "export MWB_TEST_PG_PASSWORD=$password"
    echo "$port" >"$dir/pg/port"
}

stop_postgres() {
    [[ -d "$dir/pg/data" ]] || return 0
    as_user postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$dir/pg/data" -m immediate stop >/dev/null 2>&1 || true
}

start_mariadb() {
    local data=$dir/my/data port password
    port=$(free_port)
    password=$(random_secret)
    mkdir -p "$data"
    local user_opt=()
    [[ $(id -u) -eq 0 ]] && user_opt=(--user=root)
    mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$data" --auth-root-authentication-method=socket \
        --skip-test-db >"$dir/my/install.log" 2>&1
    mariadbd --no-defaults "${user_opt[@]}" --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
        --socket="$dir/my/sock" --pid-file="$dir/my/pid" --log-error="$dir/my/server.log" \
        --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --skip-log-bin \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --max-allowed-packet=64M >>"$dir/my/server.log" 2>&1 &
    wait_for MariaDB 240 mariadb --no-defaults --socket="$dir/my/sock" -uroot -e "SELECT 1"
    mariadb --no-defaults --socket="$dir/my/sock" -uroot <<SQL
CREATE USER 'mwb'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'mwb'@'127.0.0.1' WITH GRANT OPTION;
CREATE DATABASE mwb_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
SQL
    echo "export MWB_TEST_MYSQL_URL=mysql://mwb@127.0.0.1:$port/mwb_test"
    echo "export MWB_TEST_MYSQL_PASSWORD=$password"
}

stop_mariadb() {
    [[ -f "$dir/my/pid" ]] || return 0
    local pid
    pid=$(cat "$dir/my/pid")
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 80; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.25
    done
    kill -9 "$pid" 2>/dev/null || true
}

start_jupyter() {
    local port token
    port=$(free_port)
    token=$(random_secret)
    mkdir -p "$dir/jupyter/root" "$dir/jupyter/runtime" "$dir/jupyter/config" "$dir/jupyter/data"
    local root_opt=()
    [[ $(id -u) -eq 0 ]] && root_opt=(--allow-root)
    # The token goes through the environment, not argv (jupyter-server reads JUPYTER_TOKEN).
    JUPYTER_TOKEN=$token JUPYTER_CONFIG_DIR=$dir/jupyter/config JUPYTER_RUNTIME_DIR=$dir/jupyter/runtime \
        JUPYTER_DATA_DIR=$dir/jupyter/data IPYTHONDIR=$dir/jupyter/ipython \
        setsid jupyter-server --no-browser --ip=127.0.0.1 --port="$port" --port-retries=0 \
        --ServerApp.root_dir="$dir/jupyter/root" "${root_opt[@]}" >"$dir/jupyter/server.log" 2>&1 &
    echo $! >"$dir/jupyter/pid"
    wait_for Jupyter 240 python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/api/status?token=$token')"
    echo "export MWB_TEST_JUPYTER_URL=http://127.0.0.1:$port"
    echo "export MWB_TEST_JUPYTER_TOKEN=$token"
}

stop_jupyter() {
    [[ -f "$dir/jupyter/pid" ]] || return 0
    local pid
    pid=$(cat "$dir/jupyter/pid")
    # setsid made it a process-group leader: its kernels go with it.
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.25
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ $(id -u) -eq 0 ]] && chmod 755 "$dir"
    start_postgres
    start_mariadb
    start_jupyter
    echo "export MWB_TEST_SERVICES=1"
    ;;
stop)
    [[ -d "$dir" ]] || exit 0
    dir=$(cd "$dir" && pwd)
    stop_jupyter
    stop_mariadb
    stop_postgres
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
