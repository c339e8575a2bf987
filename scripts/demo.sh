#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The main job on the embedded default: sets the machine up, builds, builds the manifests of the
# bundled example workspace into ./demo-project, migrates every job end to end on the local kernel
# (mwb migrate-job --local: Pass 1 rewrite, Pass 2 run + verify every cell; the LLM fixer and judge
# join in when ANTHROPIC_API_KEY is set) into ./demo-project/migrated, and opens the project in the
# desktop app when a display is present (otherwise the job reports printed by mwb are the result).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

scripts/setup.sh
project="$here/demo-project"
mkdir -p "$project"
for jobs in examples/jobs/*.json; do
    build/app/cli/mwb build-dag --jobs-json "$jobs" --workspace examples/workspace -o "$project/reports"
done
mwb="$here/build/app/cli/mwb"
# The local stand-ins of what a Databricks workspace provides: the /mnt/raw mount (an empty landing
# zone: the notebooks fall back to their deterministic dev sample) and the two secrets the notebooks
# read (dbutils.secrets -> MWB_SECRET_<SCOPE>_<KEY> in the runtime shim). Placeholders, not secrets.
mkdir -p "$project/mounts/raw/orders/pos"
export MWB_SECRET_RETAIL_ETL_SMTP_PASSWORD="${MWB_SECRET_RETAIL_ETL_SMTP_PASSWORD:-demo-placeholder}"
export MWB_SECRET_ML_CHURN_CRM_API_KEY="${MWB_SECRET_ML_CHURN_CRM_API_KEY:-demo-placeholder}"
status=0
for manifest in "$project"/reports/*_manifest.json; do
    # Run from the project folder: the run history goes to demo-project/.mwb/history.sqlite.
    (cd "$project" && "$mwb" migrate-job --manifest "$manifest" --local --output-base "$project/migrated" \
        --mount /mnt/raw="$project/mounts/raw" \
        --catalog-manifest "$here/examples/config/catalog_manifest.json" \
        --bucket-mapping "$here/examples/config/bucket_mapping.json") || {
        # 3 = PARTIAL: the run finished and its report says which cells failed (customer_360 has a
        # %run target that is missing from the export on purpose). Anything else is a failure.
        rc=$?
        [ "$rc" -eq 3 ] || status=$rc
    }
done
"$mwb" migration-status "$project/migrated" || true
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/gui/migration-workbench "$project"
fi
echo
echo "No display: manifests are in $project/reports, migrated notebooks and reports in $project/migrated"
echo "(JOB_REPORT.md per job under migrated/<job>/reports; open it all with build/app/gui/migration-workbench $project)."
exit "$status"
