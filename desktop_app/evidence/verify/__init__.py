"""Checking an evidence bundle end to end, as a recipient does."""
