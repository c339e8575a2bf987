#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Per-cell overhead of `mwb exec --local` against nbclient (Debian python3-nbclient), both on a
# local python3 ipykernel, a 200-cell notebook of small cells, RUNS alternating runs each.
#   bench/kernel/run_bench.sh [build/app/cli/mwb] [RUNS]
# Kernel start is excluded for both: nbclient is timed from setup_kernel() to the last cell; mwb from
# its "kernel connected" event to its last cell_finished event. Medians are printed at the end.
# CONTROL=1 adds a third run per round: nbclient with mwb's kernel configuration
# (resources/jupyter/ipython_kernel_config.py in a temporary IPYTHONDIR: no history database, no
# pre-reply sleep), which separates the orchestration overhead from the lighter kernel.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mwb=${1:-$here/../../build/app/cli/mwb}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$here/make_notebook.py" "$work/bench.ipynb" 200
: >"$work/mwb.jsonl"
: >"$work/nbclient.jsonl"
: >"$work/control.jsonl"
mkdir -p "$work/ipython/profile_default"
cp "$here/../../resources/jupyter/ipython_kernel_config.py" "$work/ipython/profile_default/"
for ((i = 1; i <= runs; i++)); do
    /usr/bin/python3 "$here/mwb_run.py" "$work/bench.ipynb" "$mwb" | tee -a "$work/mwb.jsonl"
    /usr/bin/python3 "$here/nbclient_run.py" "$work/bench.ipynb" | tee -a "$work/nbclient.jsonl"
    if [[ ${CONTROL:-0} == 1 ]]; then
        IPYTHONDIR=$work/ipython /usr/bin/python3 "$here/nbclient_run.py" "$work/bench.ipynb" | tee -a "$work/control.jsonl"
    fi
done
/usr/bin/python3 - "$work" <<'PY'
import json, statistics, sys
work = sys.argv[1]
def load(name):
    return [json.loads(l) for l in open(f"{work}/{name}.jsonl") if l.strip()]
mwb, nbc = load("mwb"), load("nbclient")
assert all(r["cells_ok"] == 200 and r["exit"] == 0 for r in mwb), mwb
m_cells = statistics.median(r["cells_seconds"] for r in mwb)
n_cells = statistics.median(r["cells_seconds"] for r in nbc)
m_total = statistics.median(r["total_seconds"] for r in mwb)
n_total = statistics.median(r["total_seconds"] for r in nbc)
print(f"runs: {len(mwb)} each, 200 cells")
print(f"mwb exec --local : cells {m_cells:.3f} s = {1000 * m_cells / 200:.2f} ms/cell; whole command {m_total:.2f} s")
print(f"nbclient 0.7.2   : cells {n_cells:.3f} s = {1000 * n_cells / 200:.2f} ms/cell; whole run {n_total:.2f} s")
print(f"per-cell ratio mwb/nbclient: {m_cells / n_cells:.2f}")
ctl = load("control")
if ctl:
    c_cells = statistics.median(r["cells_seconds"] for r in ctl)
    print(f"nbclient, mwb's kernel config: cells {c_cells:.3f} s = {1000 * c_cells / 200:.2f} ms/cell")
    print(f"per-cell ratio mwb/nbclient with the same kernel config: {m_cells / c_cells:.2f}")
PY
