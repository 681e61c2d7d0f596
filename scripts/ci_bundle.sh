#!/usr/bin/env bash
# Build the packaged program with build.spec, run its self-test headless, and print the bundle's
# size and its start-up time to the login window (median of several starts).
#
#   scripts/ci_bundle.sh            # onedir bundle in dist/library-desk
#   STARTS=11 scripts/ci_bundle.sh  # more starts for the median
#   SKIP_BUILD=1 scripts/ci_bundle.sh  # measure an existing dist/library-desk
#
# Exit status: non-zero if the build, the self-test or a start fails. The size and time are
# printed (and written to dist/bundle-figures.txt), not judged: CI logs keep them.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
STARTS="${STARTS:-7}"
DIST="$ROOT/dist"
BUNDLE="$DIST/library-desk"
EXE="$BUNDLE/library-desk"
export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND="${PYTHON_KEYRING_BACKEND:-keyring.backends.fail.Keyring}"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    echo "== building the bundle"
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
        --workpath "$ROOT/build/pyinstaller" build.spec
fi
[[ -x "$EXE" ]] || { echo "no bundle at $EXE" >&2; exit 1; }

echo "== self-test of the frozen program"
LIBRARY_DESK_SELFTEST_PNG="$DIST/selftest.png" "$EXE" --self-test

echo "== start-up to the login window ($STARTS starts)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "ci password 123" | "$EXE" --data-dir "$WORK/library" init --name "CI Library" --password-stdin >/dev/null
"$EXE" --data-dir "$WORK/library" --version >/dev/null  # warm the file cache once
times=()
for _ in $(seq "$STARTS"); do
    t0=$(date +%s%N)
    out=$(LIBRARY_DESK_STARTUP_PROBE=1 "$EXE" --data-dir "$WORK/library" 2>/dev/null)
    t1=$(date +%s%N)
    case "$out" in
        *loginWindow*) ;;
        *) echo "the probe did not reach the login window: $out" >&2; exit 1 ;;
    esac
    times+=("$(( (t1 - t0) / 1000000 ))")
    echo "   $out | wall clock to exit: $(( (t1 - t0) / 1000000 )) ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

bytes=$(du -sb "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
{
    echo "bundle: $BUNDLE"
    echo "bundle size: $(( bytes / 1000000 )) MB ($(( bytes / 1048576 )) MiB, $files files)"
    echo "start to login window, wall clock to exit, median of $STARTS: ${median} ms"
    echo "self-test screenshot: $DIST/selftest.png"
} | tee "$DIST/bundle-figures.txt"
