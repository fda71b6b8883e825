#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real: Locust and JMeter (script engines) and Chromium
# (the console's end-to-end tests, through playwright-core; no browser download). Idempotent: packages already
# present are skipped, so a warm machine pays nothing. Needs root or passwordless sudo on Debian/Ubuntu.
set -euo pipefail

need=()
command -v locust >/dev/null 2>&1 || need+=(python3-locust)
command -v jmeter >/dev/null 2>&1 || need+=(jmeter)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo -n)
else
  echo "install-test-deps: need root or sudo to install: ${need[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: apt-get not found; install these yourself: ${need[*]}" >&2
  exit 1
fi
echo "install-test-deps: installing ${need[*]} (apt-get)"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
