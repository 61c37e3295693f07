"""A censorship simulator on loopback, used by tests, benchmarks and demos."""

from desktop_app.lab.behaviour import HostBehaviour, Scenario
from desktop_app.lab.lab import Lab, LabError, config_from_descriptor, load_descriptor

__all__ = ["HostBehaviour", "Lab", "LabError", "Scenario", "config_from_descriptor", "load_descriptor"]
