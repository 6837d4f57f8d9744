#!/bin/sh
# Starts Chromium as the museum kiosk and keeps it running: waits for the local kiosk server,
# clears Chromium's "did not shut down correctly" flag (no restore bubble after a power cut),
# and restarts the browser when it exits or crashes, and once a night (default 04:00).
#
#   tools/kiosk/launch.sh            run in a loop (desktop autostart)
#   tools/kiosk/launch.sh --once     run the browser once, until the nightly restart time
#                                    (the systemd unit restarts it)
#
# Settings (environment): KIOSK_URL (http://127.0.0.1:4180/), KIOSK_BROWSER (chromium,
# chromium-browser or google-chrome, whichever is found), KIOSK_PROFILE
# (~/.local/share/kengir-kiosk/profile), KIOSK_RESTART_AT (04:00; "off" to disable),
# KIOSK_INCOGNITO (1 to add --incognito: the counters then reset at every restart).
set -u

URL="${KIOSK_URL:-http://127.0.0.1:4180/}"
PROFILE="${KIOSK_PROFILE:-$HOME/.local/share/kengir-kiosk/profile}"
RESTART_AT="${KIOSK_RESTART_AT:-04:00}"
BROWSER="${KIOSK_BROWSER:-}"
if [ -z "$BROWSER" ]; then
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then BROWSER="$(command -v "$candidate")"; break; fi
  done
fi
if [ -z "$BROWSER" ]; then
  echo "kengir-kiosk: no Chromium found; install it (Debian: apt-get install chromium) or set KIOSK_BROWSER" >&2
  exit 1
fi

wait_for_server() {
  tries=0
  while [ "$tries" -lt 120 ]; do
    if command -v curl >/dev/null 2>&1; then
      curl -fsS -o /dev/null "$URL" && return 0
    elif command -v wget >/dev/null 2>&1; then
      wget -q -O /dev/null "$URL" && return 0
    else
      sleep 5; return 0
    fi
    tries=$((tries + 1))
    sleep 1
  done
  echo "kengir-kiosk: $URL did not answer; starting the browser anyway (the offline copy may serve it)" >&2
}

# Seconds until the next nightly restart (0 = never).
seconds_until_restart() {
  [ "$RESTART_AT" = "off" ] && { echo 0; return; }
  now=$(date +%s)
  next=$(date -d "today $RESTART_AT" +%s 2>/dev/null) || { echo 0; return; }
  [ "$next" -le "$((now + 60))" ] && next=$(date -d "tomorrow $RESTART_AT" +%s)
  echo $((next - now))
}

clear_crash_flag() {
  prefs="$PROFILE/Default/Preferences"
  [ -f "$prefs" ] || return 0
  sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' "$prefs"
}

run_browser() {
  mkdir -p "$PROFILE"
  clear_crash_flag
  incognito=""
  [ "${KIOSK_INCOGNITO:-0}" = "1" ] && incognito="--incognito"
  limit=$(seconds_until_restart)
  set -- --kiosk $incognito --noerrdialogs --disable-session-crashed-bubble --disable-infobars \
    --disable-pinch --overscroll-history-navigation=0 --disable-features=TranslateUI,Translate \
    --no-first-run --no-default-browser-check --disable-component-update --password-store=basic \
    --autoplay-policy=no-user-gesture-required --user-data-dir="$PROFILE" "$URL"
  if [ "$limit" -gt 0 ] && command -v timeout >/dev/null 2>&1; then
    timeout --signal=TERM --kill-after=30 "$limit" "$BROWSER" "$@"
  else
    "$BROWSER" "$@"
  fi
}

wait_for_server
if [ "${1:-}" = "--once" ]; then
  run_browser
  exit 0
fi
while true; do
  run_browser
  echo "kengir-kiosk: browser exited; restarting in 3 s" >&2
  sleep 3
done
