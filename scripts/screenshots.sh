#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README screenshots: the real window under Xvfb, the example project migrated by
# scripts/demo.sh (Pass 1), the clean_orders task open in the review desk, side by side and
# inline, in English and Japanese, and side by side in a dark system palette. Needs a build (scripts/setup.sh) and demo-project/.
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
