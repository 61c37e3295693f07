"""Lets `python -m desktop_app` behave exactly like the `vantage` command."""

from desktop_app.cli import main

raise SystemExit(main())
