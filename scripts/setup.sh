#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Migration Workbench needs (build, runtime, test services)
# and builds the project with ccache. Idempotent and non-interactive.
#   scripts/setup.sh            install packages + configure + build (preset "default")
#   scripts/setup.sh --no-build install packages only
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6 and the libraries the engine links
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-httpserver-dev libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6svg6
    qt6-qpa-plugins libgl-dev
    nlohmann-json3-dev libpq-dev qtkeychain-qt6-dev libquazip1-qt6-dev libssl-dev zlib1g-dev
    # test services and GUI checks
    postgresql mariadb-server jupyter-server python3-jupyter-server python3-ipykernel
    xvfb xauth fonts-noto-cjk fonts-dejavu-core qt6-translations-l10n
    # a real Secret Service for the keychain tests (gnome-keyring under a private dbus-run-session)
    dbus-daemon dbus-bin gnome-keyring
    # PDF report export check: render the first page to PNG (pdftoppm)
    poppler-utils
    # the desktop's light/dark palette (GTK) for the GUI, and its dark screenshot
    qt6-gtk-platformtheme
    # libraries the example job's notebooks import on the local kernel (publish_report plots a chart)
    python3-matplotlib
    # peers the benchmarks in bench/ measure against (nbclient for mwb exec, pgloader for mwb data)
    python3-nbclient pgloader
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    # The service packages start system daemons; the tests run their own instances on loopback.
    for svc in postgresql mariadb; do
        "${sudo_cmd[@]}" systemctl disable --now "$svc" >/dev/null 2>&1 || true
        "${sudo_cmd[@]}" service "$svc" stop >/dev/null 2>&1 || true
    done
else
    echo "setup: all packages present"
fi

[ "${1:-}" = "--no-build" ] && exit 0

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout, so every clone (CI's included) shares the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$here}"
# -g puts the build folder into the objects, so ccache hashes it by default and a clone in another
# folder never hits; the path in the debug info is all that differs.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
cd "$here"
cmake --preset default
cmake --build --preset default
