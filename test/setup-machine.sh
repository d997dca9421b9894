#!/usr/bin/env bash
# Installs what a clean Debian machine lacks for Plexus's tests: the compiler toolchain that
# better-sqlite3 builds with when no prebuilt binary can be downloaded. Safe to run again.
set -euo pipefail

missing=()
command -v python3 >/dev/null || missing+=(python3)
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "setup-machine: need ${missing[*]} but cannot install without root" >&2
    exit 1
  fi
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  echo "setup-machine: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
echo "setup-machine: ready (node $(node --version))" >&2
