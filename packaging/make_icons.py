"""Renders resources/icons/vantage.svg to the PNG sizes desktops want, and on request a Windows .ico and macOS .icns."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "vantage.svg"
ICON_DIR = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico entry can hold
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # Pillow writes each as the matching (and @2x) icns type


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    """Where the PNG of one size lives: resources/icons/vantage-<size>.png."""
    return icon_dir / f"vantage-{size}.png"


def render_pngs(svg: Path = SVG, icon_dir: Path = ICON_DIR, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render the SVG once per size with Qt's SVG renderer (headless) and write 32-bit ARGB PNGs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can render.")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = png_path(size, icon_dir)
        if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # stub says bytes; PySide6 takes only str
            raise SystemExit(f"Could not write {out}.")
        written.append(out)
    del app
    return written


def write_ico(out: Path, icon_dir: Path = ICON_DIR) -> Path:
    """A Windows .ico holding every size up to 256 px, built from the PNGs with Pillow."""
    from PIL import Image

    images = [Image.open(png_path(size, icon_dir)).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return out


def write_icns(out: Path, icon_dir: Path = ICON_DIR) -> Path:
    """A macOS .icns built with Pillow (which writes the container on any platform) from the PNGs plus a
    1024 px render for the 512 pt @2x slot, so no size is an enlargement."""
    import tempfile

    from PIL import Image

    with tempfile.TemporaryDirectory() as scratch:
        (large,) = render_pngs(icon_dir=Path(scratch), sizes=(1024,))
        images = [Image.open(png_path(size, icon_dir)).convert("RGBA") for size in ICNS_SIZES]
        base = Image.open(large).convert("RGBA")
        base.save(out, format="ICNS", append_images=images)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ico", type=Path, metavar="FILE", help="also write a Windows .ico here (needs Pillow)")
    parser.add_argument("--icns", type=Path, metavar="FILE", help="also write a macOS .icns here (needs Pillow)")
    parser.add_argument("--skip-png", action="store_true", help="use the PNGs already in resources/icons")
    args = parser.parse_args(argv)
    if not args.skip_png:
        for path in render_pngs():
            print(path.relative_to(ROOT))
    for out, writer in ((args.ico, write_ico), (args.icns, write_icns)):
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            print(writer(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
