"""The root of every error Vantage raises on purpose, and one base per layer, so each face can catch by layer.

A face (the CLI, the GUI) turns these into one sentence for a person: the message of each is already that
sentence (in English; the GUI translates the sentences it knows). Anything else that escapes is a bug.
"""

from __future__ import annotations


class VantageError(Exception):
    """Something went wrong that Vantage expected could; str() is a sentence a person can act on."""


class ProbeError(VantageError):
    """The measurement engine could not start or was stopped (probes/)."""


class StoreFailure(VantageError):
    """The history could not be opened, read or written (store/)."""


class EvidenceError(VantageError):
    """A bundle could not be made or checked (evidence/)."""


class CollectFailure(VantageError):
    """A collection of many people's bundles could not be opened, read or written (collect/)."""


class AppError(VantageError):
    """The session layer refused a request: an unknown platform, settings that cannot be read (app/)."""


class LabFailure(VantageError):
    """The project's censorship lab could not start, stop or switch (lab/)."""
