"""Writing a signed evidence bundle from the history."""
