#!/usr/bin/env bash
# One-shot, idempotent set-up: Debian packages, a venv in .venv, the project in editable mode.
# A stamp records what was installed; when nothing it depends on changed, this returns at once.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Python toolchain (pyscard builds from source)
  python3 python3-venv python3-dev gcc libc6-dev make
  # Qt runtime, offscreen and Xvfb
  libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  fonts-dejavu-core fonts-noto-core
  # Video, speech and card stack
  libvlc5 vlc-plugin-base vlc-plugin-video-output ffmpeg espeak-ng
  pcscd libpcsclite1 libpcsclite-dev vsmartcard-vpcd
  # The demo waits for the sandbox gateway with curl
  curl
)

PYTHON=${PYTHON:-python3}
STAMP=.venv/.setup-stamp

# The default content package is built from the repo's own sources (docs/content-packages.md).
# It runs on the fast path too, because its inputs are not in the stamp; --if-stale makes it
# about 0.3 s when the package is current.
build_content() {
  .venv/bin/python scripts/build_content_package.py --out content/build/default --if-stale
}

want=$( { printf '%s\n' "${APT_PACKAGES[@]}"; cat pyproject.toml constraints.txt 2>/dev/null; } | sha256sum | cut -c1-16)
if [[ -f $STAMP && $(cat "$STAMP") == "$want" && -x .venv/bin/python ]]; then
  build_content
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
echo "setup: installing Python packages (constraints.txt)"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
.venv/bin/python -m ui.i18n_build
# Compile bytecode now: a kiosk that compiles its sources at every boot starts ~85 ms later.
.venv/bin/python -m compileall -q kiosk ui peripherals remote_mgmt sandbox >/dev/null
echo "$want" > "$STAMP"
build_content
echo "setup: done"
