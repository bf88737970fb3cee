#!/bin/sh
# Runs a command with a real Secret Service: call it under dbus-run-session, and it
# starts a throwaway gnome-keyring (unlocked, in a temporary home) for the command.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
mkdir -p "$XDG_DATA_HOME/keyrings"
eval "$(printf 'jobdesk-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
