"""Lets `python -m desktop_app` behave exactly like the `vantage` command."""

from desktop_app.cli.main import main

# Guarded: export's worker processes (spawn) import the main module again and must not start another app.
if __name__ == "__main__":
    raise SystemExit(main())
