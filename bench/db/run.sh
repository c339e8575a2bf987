#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Database copy benchmark (not part of ctest): the 1.37 M-row shop database
# (/work/shared/bench/make_shop_db.py --scale 10) copied with `mwb data start`
#   SQLite -> PostgreSQL 15 (schema, indexes, FKs, view, trigger), against pgloader in the same run,
#   SQLite -> MariaDB, PostgreSQL -> SQLite,
# wall time and peak RSS from /usr/bin/time, every value compared afterwards (compare.py).
#
#   bench/db/run.sh [RUNS]           MWB=path/to/mwb (default build/app/cli/mwb)
# Uses running services when MWB_TEST_PG_URL / MWB_TEST_MYSQL_URL are set, else starts its own
# (scripts/services.sh). Prints the medians as the Markdown rows of bench/RESULTS.md.
set -euo pipefail

runs=${1:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
mwb=${MWB:-$root/build/app/cli/mwb}
work=${BENCH_DIR:-/tmp/mwb-bench}
mkdir -p "$work/project"
shop=$work/shop.sqlite
if [[ ! -f $shop ]]; then
    python3 /work/shared/bench/make_shop_db.py "$shop" --scale 10 >/dev/null
fi
if [[ -z ${MWB_TEST_PG_URL:-} ]]; then
    eval "$("$root/scripts/services.sh" start "$work/svc")"
    trap '"$root/scripts/services.sh" stop "$work/svc"' EXIT
fi
export PGPASSWORD=$MWB_TEST_PG_PASSWORD MWB_PASSWORD=$MWB_TEST_MYSQL_PASSWORD
pg=${MWB_TEST_PG_URL%/*}      # postgresql://mwb@127.0.0.1:PORT
my=${MWB_TEST_MYSQL_URL%/*}   # mysql://mwb@127.0.0.1:PORT
my_port=${my##*:}
rows=$(sqlite3 "$shop" "SELECT (SELECT count(*) FROM customers)+(SELECT count(*) FROM products)+(SELECT count(*) FROM orders)
                        +(SELECT count(*) FROM order_items)+(SELECT count(*) FROM reviews)")

pg_fresh() { psql "$pg/mwb_test" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" 2>/dev/null; }
my_fresh() { MYSQL_PWD=$MWB_PASSWORD mysql -h127.0.0.1 -P"$my_port" -umwb \
    -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"; }
# timed CMD...: appends "wall_s rss_kb" to $work/last
timed() { /usr/bin/time -f "%e %M" -o "$work/last" "$@" >"$work/out.log" 2>&1 || { cat "$work/out.log"; return 1; }; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

cat >"$work/shop.load" <<LOAD
LOAD DATABASE
     FROM sqlite://$shop
     INTO pgsql://mwb@${pg#postgresql://mwb@}/bench_pgloader
 WITH include drop, create tables, create indexes, reset sequences, foreign keys;
LOAD

: >"$work/mwb_pg"; : >"$work/pgl"; : >"$work/mwb_my"; : >"$work/mwb_sq"
for ((i = 1; i <= runs; i++)); do
    pg_fresh bench_mwb
    (cd "$work/project" && timed "$mwb" data start --source "sqlite://$shop" --target "$pg/bench_mwb")
    cat "$work/last" >>"$work/mwb_pg"
    if command -v pgloader >/dev/null; then
        pg_fresh bench_pgloader
        timed pgloader "$work/shop.load"
        cat "$work/last" >>"$work/pgl"
    fi
    my_fresh bench_mwb
    (cd "$work/project" && timed "$mwb" data start --source "sqlite://$shop" --target "$my/bench_mwb")
    cat "$work/last" >>"$work/mwb_my"
    rm -f "$work/back.sqlite"
    (cd "$work/project" && timed "$mwb" data start --source "$pg/bench_mwb" --target "sqlite://$work/back.sqlite")
    cat "$work/last" >>"$work/mwb_sq"
    echo "run $i: mwb->pg $(cat "$work/mwb_pg" | tail -1), pgloader $(tail -1 "$work/pgl" 2>/dev/null), mwb->mariadb $(tail -1 "$work/mwb_my"), pg->sqlite $(tail -1 "$work/mwb_sq")" >&2
done

echo "== exactness (last run)" >&2
python3 "$root/bench/db/compare.py" "$shop" pg "$pg/bench_mwb" >"$work/exact_mwb_pg.txt" && exact_pg=exact || exact_pg=DIFFERENT
python3 "$root/bench/db/compare.py" "$shop" mysql 127.0.0.1 "$my_port" mwb bench_mwb >"$work/exact_mwb_my.txt" && exact_my=exact || exact_my=DIFFERENT
python3 "$root/bench/db/compare.py" "$shop" sqlite "$work/back.sqlite" >"$work/exact_mwb_sq.txt" && exact_sq=exact || exact_sq=DIFFERENT
exact_pgl=n/a
if [[ -s $work/pgl ]]; then
    python3 "$root/bench/db/compare.py" "$shop" pg "$pg/bench_pgloader" >"$work/exact_pgl.txt" && exact_pgl=exact || exact_pgl="$(tail -1 "$work/exact_pgl.txt")"
fi

row() { # label file exact
    local wall rss
    wall=$(cut -d' ' -f1 <"$2" | median)
    rss=$(cut -d' ' -f2 <"$2" | median)
    printf '| %s | %s | %.2f s | %.0f | %.0f MB | %s |\n' "$1" "$runs" "$wall" "$(echo "$rows / $wall" | bc -l)" \
        "$(echo "$rss / 1024" | bc -l)" "$3"
}
echo "| copy ($rows rows) | runs | median wall | rows/s | median peak RSS | values |"
echo "|---|---|---|---|---|---|"
row "mwb SQLite -> PostgreSQL 15 (schema, indexes, FKs)" "$work/mwb_pg" "$exact_pg"
[[ -s $work/pgl ]] && row "pgloader $(pgloader --version | head -1 | cut -d'"' -f2) SQLite -> PostgreSQL 15" "$work/pgl" "$exact_pgl"
row "mwb SQLite -> MariaDB 10.11" "$work/mwb_my" "$exact_my"
row "mwb PostgreSQL 15 -> SQLite" "$work/mwb_sq" "$exact_sq"
