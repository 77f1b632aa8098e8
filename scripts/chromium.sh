#!/usr/bin/env bash
# Makes sure the Chromium the end-to-end tests drive is installed (Debian's package; Playwright's own
# browser download needs the internet). Safe to run any number of times.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
say() { printf '[chromium] %s\n' "$*"; }
fail() { printf '[chromium] ERROR: %s\n' "$*" >&2; exit 1; }

[ -x "$CHROMIUM_PATH" ] && exit 0
command -v apt-get >/dev/null || fail "Chromium is not at $CHROMIUM_PATH and apt-get is not available: install Chromium and set CHROMIUM_PATH"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
say "installing Chromium with apt-get (once per machine)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq chromium >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; }
[ -x "$CHROMIUM_PATH" ] || fail "apt-get finished but $CHROMIUM_PATH is still missing"
say "Chromium ok ($("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH"))"
