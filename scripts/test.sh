#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine (packages, build with ccache), starts PostgreSQL, MariaDB and
# a Jupyter server on 127.0.0.1 (scripts/services.sh), runs the whole test suite and stops them.
# GUI tests run offscreen; .ci/run calls this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

scripts/setup.sh

services_dir=$(mktemp -d /tmp/mwb-services.XXXXXX)
cleanup() {
    scripts/services.sh stop "$services_dir" || true
    rm -rf "$services_dir"
}
trap cleanup EXIT
eval "$(scripts/services.sh start "$services_dir")"

export QT_QPA_PLATFORM=offscreen
ctest --preset default --parallel "$(nproc)" "$@"
