#!/usr/bin/env bash
# Builds the packages of a build tree with CPack, checks them with lintian,
# installs the .debs on this machine, runs the installed programs (the server
# answering /healthz on a free port), and purges them again.
# Usage: check-packages.sh BUILD_DIR    (needs root for dpkg; exits 77 = skipped otherwise)
set -euo pipefail
build="$1"
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing packages needs root"
    exit 77
fi
if dpkg-query -W -f='${Status}' jobdesk-server 2>/dev/null | grep -q 'install ok installed'; then
    echo "SKIP: a jobdesk-server package is already installed here; not touching it"
    exit 77
fi

out="$(mktemp -d)"
data="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq jobdesk jobdesk-server >/dev/null 2>&1 || true
    rm -rf "$out" "$data"
}
trap cleanup EXIT

echo "== cpack"
(cd "$build" && cpack -G "DEB;RPM;TGZ" -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
ls -1 "$out"/*.deb "$out"/*.rpm "$out"/*.tar.gz

echo "== lintian"
lintian --fail-on error,warning --tag-display-limit 0 "$out"/*.deb

echo "== rpm metadata"
for r in "$out"/*.rpm; do rpm -qp --requires "$r" >/dev/null; rpm -qpl "$r" | grep -q '^/usr/bin/jobdesk'; done

echo "== tarball"
tar -tzf "$out"/*.tar.gz | grep -q '/bin/jobdesk-server$'

echo "== install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$out"/jobdesk_*.deb "$out"/jobdesk-server_*.deb >"$out/install.log" 2>&1 \
    || { cat "$out/install.log"; exit 1; }

echo "== installed files run"
/usr/bin/jobdesk-server --version
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/jobdesk --version
test -f /usr/share/applications/app.jobdesk.Jobdesk.desktop
test -f /usr/share/icons/hicolor/scalable/apps/app.jobdesk.Jobdesk.svg
test -f /etc/jobdesk/server.conf
/usr/bin/jobdesk-server serve --config /etc/jobdesk/server.conf --data-dir "$data" \
    --listen 127.0.0.1:0 >"$out/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
    port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out/server.log" | head -1)"
    if [ -n "$port" ] && body="$(curl -fsS "http://127.0.0.1:$port/api/v1/healthz" 2>/dev/null)"; then break; fi
    sleep 0.1
done
echo "healthz: ${body:-<none>}"
grep -q '"status":"ok"' <<<"${body:-}" || { cat "$out/server.log"; exit 1; }
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

echo "== purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq jobdesk jobdesk-server >/dev/null
test ! -e /usr/bin/jobdesk-server
test ! -e /etc/jobdesk/server.conf
echo "packages OK"
