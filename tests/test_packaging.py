"""Packaging: the desktop entry, AppStream metadata and icons (fast), and the real PyInstaller build run (slow)."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import shutil
import signal
import struct
import subprocess
import sys
import tarfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.system import autostart

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.vantage.Vantage"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DIST = ROOT / "build" / "pyinstaller" / "dist"
PLATFORMS = ["x", "facebook", "instagram", "whatsapp", "youtube", "tiktok", "telegram", "signal", "wikipedia",
             "google", "control"]
MAX_BUILD_MB = 400  # 279 MB when this was written; far more means something unneeded is being bundled


def png_header(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk (which the format puts first)."""
    data = path.read_bytes()[:33]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def desktop_keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))


def element(root: ET.Element, path: str) -> ET.Element:
    found = root.find(path)
    assert found is not None, f"{METAINFO.name} has no {path}"
    return found


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} is not installed (Debian: desktop-file-utils / appstream); .ci/run installs it")
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60)


# Fast checks ---------------------------------------------------------------------------------------------------

def test_desktop_entry_validates():
    done = run_tool("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates_offline():
    done = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_and_metainfo_agree_with_the_app():
    keys = desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Icon"] == APP_ID and keys["Exec"] == "vantage" and keys["Terminal"] == "false"
    assert APP_ID == autostart.APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert element(root, "content_rating").get("type") == "oars-1.1"
    assert element(root, "releases/release").get("version") == __version__, "the newest release must be this version"
    image = root.findtext("screenshots/screenshot[@type='default']/image")
    assert image is not None and image.startswith("https://") and image.endswith("/docs/screenshots/main-window.png")
    assert (ROOT / "docs" / "screenshots" / "main-window.png").is_file()


@pytest.mark.parametrize("size", SIZES)
def test_every_icon_size_is_a_png_of_that_size(size):
    width, height, colour = png_header(ICONS / f"vantage-{size}.png")
    assert (width, height) == (size, size)
    assert colour == 6, "icons need an alpha channel (RGBA)"


def test_pngs_are_rendered_from_the_current_svg(qapp, tmp_path):
    sys.path.insert(0, str(PACKAGING))
    try:
        import make_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage

    make_icons.render_pngs(icon_dir=tmp_path, sizes=(32, 256))
    for size in (32, 256):
        fresh = QImage(str(tmp_path / f"vantage-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        kept = QImage(str(ICONS / f"vantage-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        a, b = bytes(fresh.constBits()), bytes(kept.constBits())
        assert len(a) == len(b)
        worst = max(abs(x - y) for x, y in zip(a, b, strict=True))
        assert worst <= 16, f"vantage-{size}.png differs from the SVG: run packaging/make_icons.py"


def test_build_scripts_are_valid_shell_and_python():
    bash = shutil.which("bash")  # on Windows, the PATH's Git Bash, not System32's WSL launcher
    if bash is None:
        pytest.skip("bash is not installed")
    for script in ("build.sh", "install-linux.sh", "macos/make_dmg.sh"):
        done = subprocess.run([bash, "-n", str(PACKAGING / script)], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, f"{script}: {done.stderr}"
    compile((PACKAGING / "vantage.spec").read_text(encoding="utf-8"), "vantage.spec", "exec")


# The real build (slow) -------------------------------------------------------------------------------------------

def app_binary() -> Path:
    """The console executable of the one-folder build on this platform."""
    if sys.platform == "win32":
        return DIST / "Vantage" / "vantage-cli.exe"
    if sys.platform == "darwin":
        return DIST / "Vantage.app" / "Contents" / "MacOS" / "vantage"
    return DIST / "vantage" / "vantage"


def bundle_dir() -> Path:
    return app_binary().parent


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


@pytest.fixture(scope="module")
def built() -> Path:
    bash = shutil.which("bash")  # on Windows, the PATH's Git Bash, not System32's WSL launcher
    assert bash, "packaging/build.sh needs bash"
    env = dict(os.environ, VANTAGE_BUILD_PYTHON=sys.executable)
    done = subprocess.run([bash, str(PACKAGING / "build.sh")], cwd=ROOT, capture_output=True, text=True,
                          timeout=1500, env=env)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    binary = app_binary()
    assert binary.is_file()
    return binary


def frozen_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)  # keeps the temporary VANTAGE_DATA_DIR and VANTAGE_CONFIG_DIR that conftest sets
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path), TEMP=str(tmp_path), TMP=str(tmp_path))
    return env


def lines_of(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGTERM)  # TerminateProcess on Windows
    return proc.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_built_binary_reports_the_version(built, tmp_path):
    done = subprocess.run([str(built), "--version"], capture_output=True, text=True, timeout=60,
                          env=frozen_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"vantage {__version__}"


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_built_binary_probes_the_lab_it_serves(built, tmp_path):
    env = frozen_env(tmp_path)
    descriptor = tmp_path / "lab.json"
    with subprocess.Popen([str(built), "lab", "serve", "--descriptor", str(descriptor), "--scenario", "x_sni"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as lab:
        code = probe_while_serving(built, lab, descriptor, tmp_path, env)
    if sys.platform != "win32":
        assert code == 0


def probe_while_serving(built: Path, lab: subprocess.Popen, descriptor: Path, tmp_path: Path,
                        env: dict[str, str]) -> int:
    """Probe the lab the frozen build serves, check what it found, stop the lab and return its exit status."""
    try:
        assert lab.stdout is not None
        ready = lab.stdout.readline()  # printed once the descriptor is written
        assert "Lab serving scenario x_sni" in ready, lab.stderr.read() if lab.stderr else ""
        data, config = tmp_path / "data", tmp_path / "config"
        done = subprocess.run([str(built), "probe", "--once", "--json", "--lab", str(descriptor), "--timeout", "1",
                               "--data-dir", str(data), "--config-dir", str(config)],
                              capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0, done.stderr
        out = lines_of(done.stdout)
        assert [o["platform"] for o in out] == PLATFORMS
        by_id = {o["platform"]: o for o in out}
        assert by_id["x"]["verdict"] == "tls_blocked" and by_id["x"]["affected"] == by_id["x"]["total"] > 0
        assert {o["verdict"] for o in out if o["platform"] != "x"} == {"ok"}
        assert any(s.get("failure") == "connection_reset" for s in by_id["x"]["endpoints"][0]["steps"])
        verify = subprocess.run([str(built), "log", "verify", "--data-dir", str(data)], capture_output=True,
                                text=True, timeout=60, env=env)
        assert verify.returncode == 0, verify.stdout + verify.stderr
    finally:
        code = stop(lab)
    return code


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_built_app_opens_its_window_and_sweeps_the_demo_lab(built, tmp_path):
    """The GUI path of the frozen build: Qt plugins, pyqtgraph, the engine thread and the store, then a clean quit."""
    env = frozen_env(tmp_path)
    env["VANTAGE_LOG_LEVEL"] = "INFO"
    lines: queue.Queue[str] = queue.Queue()
    seen: list[str] = []
    with subprocess.Popen([str(built), "--demo", "--config-dir", str(tmp_path / "config")],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env) as app:
        def pump() -> None:
            assert app.stderr is not None  # stderr=PIPE
            for line in app.stderr:
                lines.put(line)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        deadline = time.monotonic() + 120
        try:
            while not any("sweep stored" in line for line in seen):
                remaining = deadline - time.monotonic()
                assert remaining > 0 and app.poll() is None, "".join(seen)
                with contextlib.suppress(queue.Empty):
                    seen.append(lines.get(timeout=min(remaining, 1.0)))
        finally:
            code = stop(app)
            reader.join(timeout=10)
    while not lines.empty():
        seen.append(lines.get())
    assert "Traceback" not in "".join(seen), "".join(seen)
    if sys.platform != "win32":
        assert code == 0, "".join(seen)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_bundle_carries_resources_and_nothing_unneeded(built):
    internal = bundle_dir() / "_internal" if sys.platform != "darwin" else bundle_dir().parent / "Resources"
    resources = internal / "resources"
    assert (resources / "platforms.toml").is_file() and (resources / "icons" / "vantage.svg").is_file()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (resources / "translations" / ts.with_suffix(".qm").name).is_file()
    assert not list(resources.rglob("*.ts"))
    if (ROOT / ".git").exists() and shutil.which("git"):
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                              timeout=30).stdout.strip()
        assert (resources / "COMMIT").read_text().strip().removesuffix("-dirty") == head
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("pytest", "hypothesis", "pypdf", "libgtk-3.so.0", "QtQuick.abi3.so", "QtQml.abi3.so"):
        assert unwanted not in names, f"{unwanted} should not be bundled"
    size = du_mb(bundle_dir() if sys.platform != "darwin" else bundle_dir().parent.parent)
    print(f"\nbuild size: {size:.0f} MB")
    assert size < MAX_BUILD_MB


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .tar.gz and its install.sh are Linux's")
def test_linux_tarball_installs_validates_and_uninstalls(built, tmp_path):
    (tarball,) = DIST.glob(f"vantage-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    install = tmp_path / "unpacked" / f"vantage-{__version__}" / "install.sh"
    root = tmp_path / "root dir"  # a space, as in many home folders
    prefix = root / "usr"
    env = frozen_env(tmp_path)
    done = subprocess.run(["bash", str(install), "--prefix", str(prefix)], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    keys = desktop_keys(desktop.read_text(encoding="utf-8"))
    assert keys["Exec"] == f'"{prefix / "bin" / "vantage"}"'
    for size in SIZES:
        assert png_header(prefix / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")[:2] == (size, size)
    version = subprocess.run([str(prefix / "bin" / "vantage"), "--version"], capture_output=True, text=True,
                             timeout=60, env=env)
    assert version.stdout.strip() == f"vantage {__version__}", version.stderr
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    if shutil.which("appstreamcli"):
        check = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(root)], capture_output=True,
                               text=True, timeout=60)
        assert check.returncode == 0, check.stdout + check.stderr
    done = subprocess.run(["bash", str(install), "--prefix", str(prefix), "--uninstall"], capture_output=True,
                          text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    left = sorted(str(p.relative_to(prefix)) for p in prefix.rglob("*") if p.is_file() or p.is_symlink())
    assert not [p for p in left if re.search(r"vantage", p, re.I)], left
