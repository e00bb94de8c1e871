#!/usr/bin/env bash
# Installs the system packages quotegraph builds against, if any is missing:
#   libgraphviz-dev  Graphviz's C libraries (layout and rendering, in-process)
#   pkg-config       how SwiftPM finds libgvc and zlib
#   zlib1g-dev       reading .jsonl.gz corpora in-process
#   fonts-noto-core  Arabic glyphs for SVG/PNG/PDF graphs (Noto Naskh/Sans Arabic)
#   libsqlite3-dev   SQLite, for the workbench's workspace (GRDB)
#   chromium         headless browser for the workbench's browser tests
#
# Idempotent and non-interactive: does nothing when all are installed, runs
# `apt-get update` only when a package cannot be found in the local lists,
# and works as root or through sudo. Debian 12 / Ubuntu.
set -euo pipefail

packages=(libgraphviz-dev pkg-config zlib1g-dev fonts-noto-core libsqlite3-dev chromium)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all present (${packages[*]})"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
    if ! sudo -n true 2>/dev/null; then
        as_root=(sudo)
    fi
else
    echo "install-deps: missing ${missing[*]}, and not root and no sudo to install them" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive

update() {
    echo "install-deps: apt-get update"
    "${as_root[@]}" apt-get update -q
}

install() {
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Update the package lists only when one of the packages is not in them
# (a fresh container has empty lists).
updated=0
for package in "${missing[@]}"; do
    if ! apt-cache show "$package" >/dev/null 2>&1; then
        update
        updated=1
        break
    fi
done

echo "install-deps: installing ${missing[*]}"
# Stale lists can name package versions the mirror no longer has: update once and retry.
if ! install; then
    [ "$updated" -eq 1 ] && exit 1
    update
    install
fi
