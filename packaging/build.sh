#!/usr/bin/env bash
# Builds Vantage with PyInstaller into build/pyinstaller/dist/: a one-folder app on Linux (plus a .tar.gz with
# its desktop entry), Vantage.app and a .dmg on macOS, Vantage\ and an Inno Setup installer on Windows (Git Bash).
#
# Python: $VANTAGE_BUILD_PYTHON, else the checkout's .venv, else a fresh build/venv with the project installed.
# PyInstaller is installed into that environment when missing; it is a build tool, never a dependency of Vantage.
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER_REQ="pyinstaller>=6.10,<7"

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) echo "build.sh does not know how to build on $(uname -s)." >&2; exit 2 ;;
esac
# On Windows use C:/... paths: both Git Bash and the native Python and PyInstaller understand them.
if [ "$OS" = windows ]; then ROOT="$(cygpath -m "$(pwd)")"; else ROOT="$(pwd)"; fi
BUILD="$ROOT/build/pyinstaller"

venv_python() {  # the interpreter inside a venv directory, on either layout
  if [ -x "$1/bin/python" ]; then echo "$1/bin/python"; elif [ -x "$1/Scripts/python.exe" ]; then echo "$1/Scripts/python.exe"; fi
}

PY="${VANTAGE_BUILD_PYTHON:-}"
if [ -z "$PY" ]; then PY="$(venv_python .venv)"; fi
if [ -z "$PY" ]; then
  PY="$(venv_python build/venv)"
  if [ -z "$PY" ]; then
    base="$(command -v python3.11 || command -v python3 || command -v python)"
    echo "== creating build/venv with $base"
    "$base" -m venv build/venv
    PY="$(venv_python build/venv)"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet .
  fi
fi
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  echo "== installing $PYINSTALLER_REQ into $("$PY" -c 'import sys; print(sys.prefix)')"
  "$PY" -m pip install --quiet "$PYINSTALLER_REQ"
fi
VERSION="$("$PY" -c 'import re,sys; print(re.search(r"__version__ = \"([^\"]+)\"", open("desktop_app/__init__.py").read()).group(1))')"
echo "== Vantage $VERSION for $OS with $("$PY" -m PyInstaller --version 2>/dev/null | tail -n1) ($PY)"

mkdir -p "$BUILD/icons"
# The source commit, for evidence bundles (desktop_app/common/buildinfo.py reads resources/COMMIT in a frozen build).
rm -f "$BUILD/COMMIT"
if commit="$(git rev-parse HEAD 2>/dev/null)"; then
  if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit-dirty"; fi
  printf '%s\n' "$commit" > "$BUILD/COMMIT"
fi

# The PNGs are committed (packaging/make_icons.py renders them); the .ico/.icns are made from them per build.
icon_args=(--skip-png)
for size in 16 24 32 48 64 128 256 512; do
  [ -f "resources/icons/vantage-$size.png" ] || icon_args=()
done
case "$OS" in
  windows) icon_args+=(--ico "$BUILD/icons/vantage.ico") ;;
  macos) icon_args+=(--icns "$BUILD/icons/vantage.icns") ;;
esac
# (The odd expansion keeps an empty array working under `set -u` in macOS's bash 3.2.)
QT_QPA_PLATFORM=offscreen "$PY" packaging/make_icons.py ${icon_args[@]+"${icon_args[@]}"}

# Translations: every resources/translations/*.ts compiled to the .qm the app loads (gitignored, never committed).
SCRIPTS="$("$PY" -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"
LRELEASE=""
for candidate in "$SCRIPTS/pyside6-lrelease" "$SCRIPTS/pyside6-lrelease.exe"; do
  if [ -x "$candidate" ]; then LRELEASE="$candidate"; break; fi
done
LRELEASE="${LRELEASE:-$(command -v pyside6-lrelease || true)}"
shopt -s nullglob
for ts in resources/translations/*.ts; do
  [ -n "$LRELEASE" ] || { echo "pyside6-lrelease was not found next to $PY; it comes with PySide6." >&2; exit 1; }
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
shopt -u nullglob

VANTAGE_BUILD_DIR="$BUILD" "$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/vantage.spec

case "$OS" in
  linux)
    APPDIR="$BUILD/dist/vantage"
    # A tarball a person can unpack and install with its install.sh (no root needed).
    STAGE="$BUILD/stage/vantage-$VERSION"
    rm -rf "$BUILD/stage" && mkdir -p "$STAGE/share"
    cp -a "$APPDIR" "$STAGE/vantage"
    cp packaging/install-linux.sh "$STAGE/install.sh"
    cp packaging/io.github.vantage.Vantage.desktop packaging/io.github.vantage.Vantage.metainfo.xml "$STAGE/share/"
    cp resources/icons/vantage.svg resources/icons/vantage-*.png "$STAGE/share/"
    tar -C "$BUILD/stage" -czf "$BUILD/dist/vantage-$VERSION-linux-$(uname -m).tar.gz" "vantage-$VERSION"
    rm -rf "$BUILD/stage"
    ;;
  macos)
    APPDIR="$BUILD/dist/Vantage.app"
    bash packaging/macos/make_dmg.sh "$APPDIR" "$BUILD/dist/Vantage-$VERSION-macos-$(uname -m).dmg"
    ;;
  windows)
    APPDIR="$BUILD/dist/Vantage"
    ISCC="${ISCC:-$(command -v iscc || command -v ISCC || true)}"
    if [ -z "$ISCC" ] && [ -x "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" ]; then
      ISCC="/c/Program Files (x86)/Inno Setup 6/ISCC.exe"
    fi
    if [ -n "$ISCC" ]; then
      # Git Bash would rewrite /Q and /D... as paths; these two variables switch that off for this call.
      MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*' "$ISCC" /Q "/DAppVersion=$VERSION" \
        "/DAppDir=$(cygpath -w "$APPDIR")" "/DIconFile=$(cygpath -w "$BUILD/icons/vantage.ico")" \
        "/DOutputDir=$(cygpath -w "$BUILD/dist")" "$(cygpath -w "$ROOT/packaging/windows/vantage.iss")"
    else
      echo "Inno Setup (ISCC.exe) was not found: built $APPDIR but no installer." >&2
    fi
    ;;
esac

echo "== built $APPDIR ($(du -sh "$APPDIR" | cut -f1))"
