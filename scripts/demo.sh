#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job on the embedded default: sets the machine up, builds, builds the manifests of the
# bundled example workspace into ./demo-project, migrates every job's notebooks (Pass 1) into
# ./demo-project/migrated and opens the project in the desktop app when a display is present
# (otherwise the summaries printed by mwb are the result).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

scripts/setup.sh
project="$here/demo-project"
mkdir -p "$project"
for jobs in examples/jobs/*.json; do
    build/app/cli/mwb build-dag --jobs-json "$jobs" --workspace examples/workspace -o "$project/reports"
done
for manifest in "$project"/reports/*_manifest.json; do
    build/app/cli/mwb rewrite --manifest "$manifest" --output-base "$project/migrated" \
        --catalog-manifest examples/config/catalog_manifest.json --bucket-mapping examples/config/bucket_mapping.json
done
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/gui/migration-workbench "$project"
fi
echo
echo "No display: manifests are in $project/reports, migrated notebooks in $project/migrated"
echo "(open them with build/app/gui/migration-workbench $project)."
