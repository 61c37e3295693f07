"""Shared fixtures: every test gets its own data and config directories, never the user's, and one lab fixture."""

from __future__ import annotations

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
