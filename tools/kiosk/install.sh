#!/bin/sh
# Installs the kiosk on this user account: builds the kiosk build, installs the systemd user
# units (server + browser) and enables them, or with --autostart a desktop autostart entry for
# the browser instead of the browser unit. Run it as the kiosk's (auto-login) user, from the
# repository: tools/kiosk/install.sh [--autostart] [--no-build]
set -eu
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
NODE="$(command -v node)"
UNITS="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
AUTOSTART="${XDG_CONFIG_HOME:-$HOME/.config}/autostart"
mode=systemd
build=1
for arg in "$@"; do
  case "$arg" in
    --autostart) mode=autostart ;;
    --no-build) build=0 ;;
    *) echo "usage: $0 [--autostart] [--no-build]" >&2; exit 2 ;;
  esac
done

cd "$REPO"
if [ "$build" = 1 ]; then
  VITE_MODE=kiosk "$NODE" node_modules/vite/bin/vite.js build --outDir dist-kiosk --emptyOutDir
fi
fill() { sed -e "s#@REPO@#$REPO#g" -e "s#@NODE@#$NODE#g" "$1" > "$2"; }

mkdir -p "$UNITS"
fill tools/kiosk/systemd/kengir-kiosk-server.service "$UNITS/kengir-kiosk-server.service"
if [ "$mode" = systemd ]; then
  fill tools/kiosk/systemd/kengir-kiosk-browser.service "$UNITS/kengir-kiosk-browser.service"
  rm -f "$AUTOSTART/kengir-kiosk.desktop"
else
  mkdir -p "$AUTOSTART"
  fill tools/kiosk/kengir-kiosk.desktop "$AUTOSTART/kengir-kiosk.desktop"
  rm -f "$UNITS/kengir-kiosk-browser.service"
fi
systemctl --user daemon-reload
systemctl --user enable --now kengir-kiosk-server.service
if [ "$mode" = systemd ]; then
  systemctl --user enable kengir-kiosk-browser.service
  echo "Installed. The browser starts with the next graphical login (or now: systemctl --user start kengir-kiosk-browser)."
else
  echo "Installed. The browser starts with the next graphical login ($AUTOSTART/kengir-kiosk.desktop)."
fi
echo "Check: systemctl --user status kengir-kiosk-server; docs/kiosk.md has the rest."
