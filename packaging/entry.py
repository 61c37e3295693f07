"""The frozen build's entry point: the same `vantage` command (no arguments opens the app) as the installed one."""

from desktop_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
