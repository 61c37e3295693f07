"""Vantage: measure from your own connection whether and how platforms are blocked."""

__version__ = "0.1.0"
