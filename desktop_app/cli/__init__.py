"""The `vantage` command: the scriptable face of the same core the desktop app uses."""
