#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Review desk benchmark on a real X server (Xvfb), as a user's window would paint.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$here"
cmake --build build --target bench_review >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/review/bench_review "${1:-15}"
