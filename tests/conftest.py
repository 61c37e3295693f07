"""Shared fixtures: every test gets its own data and config directories, never the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("VANTAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VANTAGE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
