"""The app's dialogs: export, verify, settings, first run, and one sweep's measurements."""
