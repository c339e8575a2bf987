#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine (packages, build with ccache) and runs the whole test suite.
# GUI tests run offscreen; .ci/run calls this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset default --parallel "$(nproc)"
