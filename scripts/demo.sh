#!/usr/bin/env bash
# `make demo`: run the kiosk on embedded defaults. With a display it opens fullscreen; without
# one it runs under Xvfb, drives a scripted tour of every screen and says where the PNGs went.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${DEMO_OUTPUT:-demo-output}
export SANTANDER_KIOSK__KIOSK__DATA_DIR=${SANTANDER_KIOSK__KIOSK__DATA_DIR:-$PWD/.demo-data}
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  echo "demo: opening the kiosk fullscreen (technician gesture: 5 taps top-left, demo PIN 2468)"
  exec .venv/bin/santander-kiosk "$@"
fi
rm -rf "$out"
echo "demo: no display; running the kiosk under Xvfb with a scripted tour"
xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  .venv/bin/santander-kiosk --tour "$out" "$@"
echo "demo: screenshots are in $PWD/$out"
