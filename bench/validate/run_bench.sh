#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Bench for issue 7: `mwb validate` on the shop database (scale 10, 1.37 M rows) SQLite vs its
# PostgreSQL copy. Target: under 10 s wall and under 200 MB RSS. Prints one line per run and the
# medians. Needs a PostgreSQL from scripts/services.sh (MWB_TEST_PG_URL / MWB_TEST_PG_PASSWORD).
#
#   bench/validate/run_bench.sh [BUILD_DIR] [RUNS]
#
# The PostgreSQL copy is made with pgloader (REAL cast to double precision: pgloader's default
# REAL -> real would make the validation find real differences) unless `mwb data start` is usable.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
runs=${2:-5}
work=${MWB_BENCH_DIR:-/tmp/mwb-bench-validate}
mwb=$build/app/cli/mwb
: "${MWB_TEST_PG_URL:?start the services: eval \"\$(scripts/services.sh start DIR)\"}"
export PGPASSWORD=${MWB_TEST_PG_PASSWORD:-}

mkdir -p "$work"
if [ ! -f "$work/shop.sqlite" ]; then
    python3 /work/shared/bench/make_shop_db.py "$work/shop.sqlite" --scale 10 >/dev/null
fi
# postgresql://user@host:port/db -> the same server, database mwb_bench_shop
base=${MWB_TEST_PG_URL%/*}
target="$base/mwb_bench_shop"
hostport=${base#*@}
host=${hostport%:*}
port=${hostport##*:}
user=${base#*://}
user=${user%@*}
if ! psql -h "$host" -p "$port" -U "$user" -d mwb_bench_shop -Atc "select count(*) from order_items" >/dev/null 2>&1; then
    psql -h "$host" -p "$port" -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS mwb_bench_shop" -c "CREATE DATABASE mwb_bench_shop"
    sed -e "s|{{SQLITE_URL}}|sqlite://$work/shop.sqlite|" -e "s|{{PG_URL}}|$target|" "$here/shop.load" > "$work/shop.load"
    pgloader "$work/shop.load" > "$work/pgloader.log" 2>&1
    psql -h "$host" -p "$port" -U "$user" -d mwb_bench_shop -qc "VACUUM ANALYZE"
fi

times=()
rss=()
for i in $(seq 1 "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$mwb" validate --source "sqlite://$work/shop.sqlite" --target "$target" \
        --project "$work" --report-dir "$work/report" > "$work/out.txt" 2>"$work/err.txt" || true
    read -r t m < <(tail -n 1 "$work/time.txt")
    times+=("$t")
    rss+=("$m")
    data=$(python3 -c "import json;d=json.load(open('$work/report/validation.json'));print(d['unexplained_data_differences'], d['real_schema_differences'], sum(t['transfer']['rows_fetched_source']+t['transfer']['rows_fetched_target'] for t in d['tables']))")
    echo "run $i: ${t} s, $((m / 1024)) MB RSS, unexplained data / real schema differences / rows read to the client: $data"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "median: $(median "${times[@]}") s, $(( $(median "${rss[@]}" | cut -d. -f1) / 1024 )) MB RSS over $runs runs"
