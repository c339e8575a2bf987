#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job on the embedded default: sets the machine up, builds, builds the manifests of the
# bundled example workspace into ./demo-project and opens it in the desktop app when a display is
# present (otherwise the manifest summary printed by mwb is the result).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

scripts/setup.sh
project="$here/demo-project"
mkdir -p "$project"
for jobs in examples/jobs/*.json; do
    build/app/cli/mwb build-dag --jobs-json "$jobs" --workspace examples/workspace -o "$project/reports"
done
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/gui/migration-workbench "$project"
fi
echo
echo "No display: manifests are in $project/reports (open them with build/app/gui/migration-workbench $project)."
