"""Measurement engine: probe steps, the concurrent sweep and the verdicts. Never imports Qt."""
