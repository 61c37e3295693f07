"""Shared fixtures: every test gets its own data and config directories, never the user's, and one lab fixture."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop_app.lab import Lab
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.catalogue.model import Catalogue


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("VANTAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VANTAGE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)


@pytest.fixture(scope="module")
def full_catalogue() -> Catalogue:
    """The shipped catalogue (resources/platforms.toml), as the app loads it."""
    return load_catalogue()


@pytest.fixture(scope="module")
def lab_catalogue(full_catalogue: Catalogue) -> Catalogue:
    """What the lab serves; a test module that needs a smaller catalogue overrides this fixture."""
    return full_catalogue


@pytest.fixture(scope="module")
def lab(lab_catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """The project's censorship lab on loopback, one per test module, always stopped afterwards."""
    with Lab(lab_catalogue, tmp_path_factory.mktemp("lab")) as running:
        yield running


@pytest.fixture
def idle_main_window(qtbot, tmp_path):
    """The real main window over the default catalogue, its engine never started: nothing is probed."""
    from desktop_app.app.session import Session
    from desktop_app.app.settings import Settings
    from desktop_app.gui.engine_host import EngineHost
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.probes.catalogue.loader import load_catalogue
    catalogue = load_catalogue()
    settings = Settings(first_run_done=True)
    session = Session(settings, config_dir=tmp_path / "config", data_dir=tmp_path / "data")
    host = EngineHost(session, interval_override=3600)
    platforms = [(p.id, p.name) for p in catalogue.platforms if p.default_on or p.is_control]
    window = MainWindow(host, settings, platforms, config_dir=tmp_path / "config")
    qtbot.addWidget(window)
    yield window
    assert window.shutdown()


@pytest.fixture
def no_abandoned_sockets() -> Iterator[None]:
    """Collect garbage when the test ends, so that a socket the engine left open (its ResourceWarning, an error
    here) fails this test rather than whichever test the collector happens to run in next."""
    yield
    gc.collect()
