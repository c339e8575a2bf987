#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README screenshots: the real window under Xvfb, the example project migrated by
# scripts/demo.sh (Pass 1), the clean_orders task open in the review desk, side by side and
# inline, in English and Japanese, and side by side in a dark system palette; then the operations desk: the
# migrate-job dialog, a job monitor re-attached to a running migrate-job, the schema-copy preview of the
# benchmark shop database, the run history and a JOB_REPORT preview. Needs a build (scripts/setup.sh) and demo-project/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
[ -d demo-project/migrated ] || { echo "run scripts/demo.sh first (it builds demo-project/)" >&2; exit 1; }

out=docs/screenshots
mkdir -p "$out"
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT

shot() { # LANG LAYOUT FILE [dark]
    local config="$settings/$1-$2"
    mkdir -p "$config/MigrationWorkbench"
    printf '[review]\nlayout=%s\n' "$2" >"$config/MigrationWorkbench/migration-workbench.conf"
    local theme=()
    # Dark: the system palette of a dark GTK desktop, through Qt's gtk3 platform theme.
    [ "${4:-}" = dark ] && theme=(QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark)
    env "${theme[@]}" XDG_CONFIG_HOME="$config" LANG="$1" LANGUAGE= \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        build/app/gui/migration-workbench demo-project --open clean_orders --screenshot "$3"
    echo "wrote $3"
}

shot en_US.UTF-8 side-by-side "$out/main-window.png"
shot en_US.UTF-8 inline "$out/review-inline.png"
shot ja_JP.UTF-8 side-by-side "$out/review-side-by-side-ja.png"
shot ja_JP.UTF-8 inline "$out/review-inline-ja.png"
shot en_US.UTF-8 side-by-side "$out/review-side-by-side-dark.png" dark

# --- the operations desk (issue 9) ---
gui=build/app/gui/migration-workbench
mwb="$here/build/app/cli/mwb"
desk() { # FILE DELAY_MS ARGS... (English, light palette, the demo project)
    local file=$1 delay=$2
    shift 2
    XDG_CONFIG_HOME="$settings/desk" LANG=en_US.UTF-8 LANGUAGE= xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$gui" "$here/demo-project" "$@" --screenshot "$file" --screenshot-delay "$delay"
    echo "wrote $file"
}

# A data copy and two validations in the demo project's history, so the history shows every kind of run.
shop="$settings/shop.sqlite"
python3 "$here/../shared/bench/make_shop_db.py" "$shop" --scale 1 >/dev/null
(cd demo-project && "$mwb" data start --source "sqlite://$shop" --target "sqlite://$settings/shop-copy.sqlite" >/dev/null 2>&1 || true)
(cd demo-project && "$mwb" validate --source "sqlite://$shop" --target "sqlite://$settings/shop-copy.sqlite" \
    --report-dir reports/validation-shop >/dev/null 2>&1 || true)

desk "$out/desk-launch-migrate-job.png" 2500 --launch migrate-job
desk "$out/desk-schema-copy.png" 4000 --schema-copy "sqlite://$shop" --target-dialect postgres
desk "$out/desk-history.png" 3000 --history
desk "$out/desk-report.png" 2500 --report demo-project/migrated/retail_daily_etl/reports/JOB_REPORT.md

# A migrate-job running from the command line; the window re-attaches to it when it opens the project.
manifest=demo-project/reports/retail_daily_etl_manifest.json
(cd demo-project && MWB_SECRET_RETAIL_ETL_SMTP_PASSWORD=demo-placeholder "$mwb" migrate-job --manifest "$here/$manifest" \
    --local --llm none --no-skip-migrated --output-base "$here/demo-project/migrated" \
    --mount /mnt/raw="$here/demo-project/mounts/raw" \
    --catalog-manifest "$here/examples/config/catalog_manifest.json" \
    --bucket-mapping "$here/examples/config/bucket_mapping.json" >/dev/null 2>&1) &
job=$!
sleep 2
desk "$out/desk-job-monitor.png" 2500
wait "$job" || true
