#!/usr/bin/env bash
# `make demo`: the whole system on embedded defaults. It starts the sandbox municipal gateway
# (synthetic data) on 127.0.0.1:8765, then the kiosk. With a display the kiosk opens fullscreen;
# without one it runs under Xvfb, drives a scripted tour of every screen and says where the
# PNGs went.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${DEMO_OUTPUT:-demo-output}
data=${SANTANDER_KIOSK__KIOSK__DATA_DIR:-$PWD/.demo-data}
export SANTANDER_KIOSK__KIOSK__DATA_DIR=$data
mkdir -p "$data"
rm -rf "$data/printer-emulator"  # this run's receipts only
# The built-in printer emulator takes orders on this port: try
#   .venv/bin/python -m peripherals.printer.emulator set --control-port 9101 paper=out
export SANTANDER_KIOSK__PRINTER__EMULATOR_CONTROL_PORT=${PRINTER_CONTROL_PORT:-9101}

port=${GATEWAY_PORT:-8765}
export SANTANDER_KIOSK__BACKEND__GATEWAY_URL=http://127.0.0.1:$port
.venv/bin/municipal-gateway-sandbox --port "$port" --db "$data/gateway-sandbox.db" --reset \
  --log-level WARNING > "$data/gateway-sandbox.log" 2>&1 &
gateway=$!
# The open-data portal and the building occupancy feed, also sandboxes with synthetic data.
opendata_port=${OPENDATA_PORT:-8766}
export SANTANDER_KIOSK__BACKEND__OPENDATA_URL=http://127.0.0.1:$opendata_port
export SANTANDER_KIOSK__BACKEND__OCCUPANCY_URL=http://127.0.0.1:$opendata_port/occupancy/v1
.venv/bin/python -m sandbox.opendata --port "$opendata_port" --log-level WARNING \
  > "$data/opendata-sandbox.log" 2>&1 &
opendata=$!
pcscd_pid=
trap 'kill $gateway $opendata $pcscd_pid 2>/dev/null || true; wait $gateway $opendata $pcscd_pid 2>/dev/null || true' EXIT
# The Citizen Card reader: pcscd with vsmartcard's virtual reader (vpcd, TCP 35963), on which the
# kiosk puts its emulated demo card (technician panel: "Place the card on the reader").
if [[ ! -S /run/pcscd/pcscd.comm ]] && command -v pcscd >/dev/null; then
  pcscd --foreground > "$data/pcscd.log" 2>&1 &
  pcscd_pid=$!
  for _ in $(seq 50); do [[ -S /run/pcscd/pcscd.comm ]] && break; sleep 0.1; done
  echo "demo: pcscd started with the virtual card reader (log: $data/pcscd.log)"
fi
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
  kill -0 $gateway 2>/dev/null || { echo "demo: the sandbox gateway did not start:"; cat "$data/gateway-sandbox.log"; exit 1; }
  sleep 0.1
done
echo "demo: sandbox gateway (synthetic data) on http://127.0.0.1:$port; one-time codes at /sandbox/outbox"
for _ in $(seq 50); do
  curl -fsS "http://127.0.0.1:$opendata_port/occupancy/v1/buildings" >/dev/null 2>&1 && break
  sleep 0.1
done
echo "demo: sandbox open-data portal and occupancy feed (synthetic data) on http://127.0.0.1:$opendata_port"

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  echo "demo: opening the kiosk fullscreen (technician gesture: 5 taps top-left, demo PIN 2468)"
  echo "demo: printed receipts appear as PNGs in $data/printer-emulator; make the printer run out"
  echo "      of paper with: .venv/bin/python -m peripherals.printer.emulator set --control-port 9101 paper=out"
  .venv/bin/santander-kiosk "$@"
  exit
fi
rm -rf "$out"
echo "demo: no display; running the kiosk under Xvfb with a scripted tour"
xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  .venv/bin/santander-kiosk --tour "$out" "$@"
echo "demo: screenshots are in $PWD/$out"
