#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so the keyring binding
# talks to a real Secret Service (as CI does). Usage: scripts/with-keyring.sh npm test
set -euo pipefail
export XDG_DATA_HOME
XDG_DATA_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
exec dbus-run-session -- bash -c 'echo -n columns | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' _ "$@"
