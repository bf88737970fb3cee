# Shared by scripts/demo, scripts/test and bench/run: package installation and the build.
# shellcheck shell=bash

JOBDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Packages every build needs.
JOBDESK_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev qt6-httpserver-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev libxkbcommon-dev
    libssl-dev libargon2-dev
    libx11-dev libxss-dev
)

# Fonts the app's languages need on screen (Khmer script; Vietnamese is covered by
# the default fonts). Without them Khmer text shows as empty boxes.
JOBDESK_FONT_PACKAGES=(
    fonts-khmeros
)

# Packages the test suites need beyond the build: a PostgreSQL server for the
# throwaway cluster of the `_pg` suites, nginx for the load-balancer tests, openssl
# for the TLS tests' certificates.
JOBDESK_TEST_PACKAGES=(
    postgresql nginx-light openssl
)

# Packages the packaging checks need (CPack's .rpm, lintian, metadata validators).
JOBDESK_PACKAGING_PACKAGES=(
    dpkg-dev file rpm lintian desktop-file-utils appstream curl
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ensure_packages PKG...: installs the Debian packages that are missing.
ensure_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build_jobdesk BUILD_DIR [cmake args...]: configures (once) and builds everything.
build_jobdesk() {
    local dir="$1"; shift
    if [ ! -f "$dir/build.ninja" ]; then
        log "configuring in $dir"
        cmake -S "$JOBDESK_ROOT" -B "$dir" -G Ninja "$@"
    fi
    log "building"
    cmake --build "$dir" --parallel "$(nproc)"
}
