#!/usr/bin/env bash
# Installs (or with --uninstall removes) the unpacked Linux build of Vantage for one user, or under --prefix.
# Shipped as install.sh at the top of vantage-<version>-linux-<arch>.tar.gz; needs no root for the default prefix.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID="io.github.vantage.Vantage"
PREFIX="$HOME/.local"
MODE=install

usage() { echo "Usage: $0 [--prefix DIR] [--uninstall]   (default prefix: ~/.local)"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="${2:?--prefix needs a directory}"; shift 2 ;;
    --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
    --uninstall) MODE=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
mkdir -p "$PREFIX"
PREFIX="$(cd "$PREFIX" && pwd)"
LIBDIR="$PREFIX/lib/vantage"
BIN="$PREFIX/bin/vantage"
DESKTOP="$PREFIX/share/applications/$APP_ID.desktop"
METAINFO="$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
ICONS="$PREFIX/share/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {  # best effort: desktops also notice the new files on their own, just later
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$PREFIX/share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
  fi
}

if [ "$MODE" = uninstall ]; then
  rm -rf "$LIBDIR"
  rm -f "$DESKTOP" "$METAINFO" "$ICONS/scalable/apps/$APP_ID.svg"
  for s in $SIZES; do rm -f "$ICONS/${s}x${s}/apps/$APP_ID.png"; done
  if [ -L "$BIN" ]; then rm -f "$BIN"; fi
  refresh_caches
  echo "Vantage was removed from $PREFIX. Your measurement history and keys were kept; see the user guide to delete them."
  exit 0
fi

# The Exec line follows the Desktop Entry quoting rules; refuse the few characters that would need escaping twice.
case "$BIN" in
  *[\"\`\$\\%]*) echo "The install directory $PREFIX contains one of \" \` \$ \\ %; choose another with --prefix." >&2; exit 2 ;;
esac
if [[ "$BIN" =~ ^[A-Za-z0-9/._+,:@=-]+$ ]]; then EXEC="$BIN"; else EXEC="\"$BIN\""; fi

rm -rf "$LIBDIR"
mkdir -p "$(dirname "$LIBDIR")" "$(dirname "$BIN")" "$(dirname "$DESKTOP")" "$(dirname "$METAINFO")" \
  "$ICONS/scalable/apps"
cp -a "$HERE/vantage" "$LIBDIR"
ln -sfn "$LIBDIR/vantage" "$BIN"
sed -e "s|^Exec=.*|Exec=$EXEC|" -e "s|^TryExec=.*|TryExec=$BIN|" "$HERE/share/$APP_ID.desktop" > "$DESKTOP"
cp "$HERE/share/$APP_ID.metainfo.xml" "$METAINFO"
cp "$HERE/share/vantage.svg" "$ICONS/scalable/apps/$APP_ID.svg"
for s in $SIZES; do
  mkdir -p "$ICONS/${s}x${s}/apps"
  cp "$HERE/share/vantage-$s.png" "$ICONS/${s}x${s}/apps/$APP_ID.png"
done
refresh_caches
echo "Vantage is installed in $LIBDIR; open it from your applications menu, or run $BIN."
