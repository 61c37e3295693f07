"""The History window and the threads that load it."""
