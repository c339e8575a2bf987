#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrite benchmark: 10,000 cells (250 notebooks) rewritten end to end by `mwb rewrite --manifest`.
# usage: bench/rewrite/run_bench.sh [MWB] [RUNS]   (default: build/app/cli/mwb, 5 runs)
# Prints each run's wall time and peak RSS (from /usr/bin/time -v) and the medians.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mwb=${1:-$here/../../build/app/cli/mwb}
runs=${2:-5}
work=${MWB_BENCH_DIR:-/tmp/mwb-bench-rewrite}
rm -rf "$work"
mkdir -p "$work"
python3 "$here/make_workspace.py" "$work"
"$mwb" build-dag --jobs-json "$work/jobs.json" --workspace "$work/workspace" -o "$work/reports" >/dev/null
cells=$(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); j=m['jobs'][0]
seen={}
def deps(ds):
    for d in ds:
        seen[d['path']]=1; deps(d.get('run_deps', []))
for t in j['tasks']: deps(t['run_deps'])
print(sum(t['cells'] for t in j['tasks']) + 40*len(seen))" "$work/reports/bench_10k_manifest.json")
echo "cells rewritten per run: $cells"
i=1
: > "$work/results.txt"
while [ "$i" -le "$runs" ]; do
    # A fresh output base per run (a first migration); the folders are removed after all runs,
    # since ext4 allocates inodes slowly right after a mass deletion and that is not what we measure.
    /usr/bin/time -v "$mwb" rewrite --manifest "$work/reports/bench_10k_manifest.json" --output-base "$work/out_$i" \
        --catalog-manifest "$work/config/catalog_manifest.json" --bucket-mapping "$work/config/bucket_mapping.json" \
        >"$work/run_$i.out" 2>"$work/run_$i.time"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/run_$i.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/run_$i.time")
    echo "run $i: wall $wall, peak RSS ${rss} kB"
    echo "$wall $rss" >> "$work/results.txt"
    i=$((i + 1))
done
rm -rf "$work"/out_*
python3 - "$work/results.txt" <<'PY'
import statistics, sys
walls, rss = [], []
for line in open(sys.argv[1]):
    w, r = line.split()
    m, s = w.split(":")
    walls.append(int(m) * 60 + float(s))
    rss.append(int(r))
print(f"median wall {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f}); "
      f"median peak RSS {statistics.median(rss) / 1024:.1f} MB (max {max(rss) / 1024:.1f} MB)")
PY
