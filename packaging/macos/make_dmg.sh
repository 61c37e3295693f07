#!/usr/bin/env bash
# Packs Vantage.app into a compressed, read-only .dmg with an Applications link to drag it onto (macOS only).
# Usage: make_dmg.sh path/to/Vantage.app path/to/output.dmg   (packaging/build.sh calls it after PyInstaller)
set -euo pipefail
APP="${1:?usage: make_dmg.sh Vantage.app out.dmg}"
DMG="${2:?usage: make_dmg.sh Vantage.app out.dmg}"
[ -d "$APP/Contents/MacOS" ] || { echo "$APP is not an application bundle (no Contents/MacOS)." >&2; exit 2; }
command -v hdiutil >/dev/null || { echo "hdiutil is missing: .dmg images can only be made on macOS." >&2; exit 2; }

# With an identity (a "Developer ID Application: ..." name in the keychain) the app is signed with the hardened
# runtime, which notarisation requires; without one PyInstaller's ad-hoc signature stays and Gatekeeper asks
# the person to confirm the first launch (right-click, Open).
if [ -n "${VANTAGE_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$VANTAGE_CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
fi

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/vantage-dmg.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Vantage" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
if [ -n "${VANTAGE_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$VANTAGE_CODESIGN_IDENTITY" "$DMG"
fi
echo "== $DMG ($(du -sh "$DMG" | cut -f1))"
