"""Vantage's test suite, importable as the `tests` package (pyproject.toml puts the checkout on pytest's path)."""
