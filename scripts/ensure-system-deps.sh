#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, and the calendar tests cross-check with Python's
# icalendar. Install them when missing (as root), or say exactly what to run.
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || need+=(python3-icalendar)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${need[*]}. Run: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing from Debian: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
