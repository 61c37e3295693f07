"""Settings, declared once (key, type, default, label, check); the dialog and the engine are built from this list.

Stored as JSON in the config directory. A settings file is loaded and saved whole: invalid values are refused
with the key and a sentence, never saved half-valid.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.common.errors import AppError
from desktop_app.common.translatable import QT_TRANSLATE_NOOP
from desktop_app.probes.config import DEFAULT_CONTROL_URL, DEFAULT_DOH_URLS, DEFAULT_IP_LOOKUP_URL, ProbeConfig
from desktop_app.system import paths

SETTINGS_FILE = "settings.json"
MIN_INTERVAL_S, MAX_INTERVAL_S = 60, 3600
DEFAULT_DAILY_CAP_MB = 500


class SettingsError(AppError, ValueError):
    """A setting value is invalid; `key` names it and the message is a sentence for the person."""

    def __init__(self, key: str, sentence: str, file: Path | None = None) -> None:
        self.key = key
        self.sentence = sentence
        self.file = file
        super().__init__(f"{file}: {key}: {sentence}" if file else f"{key}: {sentence}")


def _https_url(value: str) -> str | None:
    if not value.startswith("https://") or len(value) <= len("https://") or " " in value:
        return "must be an https:// address"
    return None


def _check_tsa(v: Any) -> str | None:
    """Plain http is usual for timestamp authorities: their answers are signed, so transport adds nothing."""
    if not v:
        return None
    if not v.startswith(("http://", "https://")) or " " in v or v.rstrip("/") in ("http:", "https:"):
        return "must be an http:// or https:// address, or empty"
    return None


def _check_interval(v: Any) -> str | None:
    return None if MIN_INTERVAL_S <= v <= MAX_INTERVAL_S else "must be between 1 minute and 1 hour"


def _check_timeout(v: Any) -> str | None:
    return None if 1 <= v <= 60 else "must be between 1 and 60 seconds"


def _check_doh(v: Any) -> str | None:
    if not v:
        return "must name at least one resolver: without one, DNS blocking cannot be told apart"
    refused = [u for u in v if _https_url(u)]
    if not refused:
        return None
    return f"must list https:// addresses only, and {', '.join(refused)} {'is' if len(refused) == 1 else 'are'} not"


def _check_cap(v: Any) -> str | None:
    return None if 0 <= v <= 100_000 else "must be between 0 (no cap) and 100000 MB"


def _check_throughput_every(v: Any) -> str | None:
    return None if 0 <= v <= 1440 else "must be between 0 (every sweep) and 1440 minutes (once a day)"


def _check_data_dir(v: Any) -> str | None:
    if v and not Path(v).expanduser().is_absolute():
        return "must be an absolute folder path, or empty for the default"
    return None


PROBING = QT_TRANSLATE_NOOP("SettingsDialog", "Probing")
NETWORK = QT_TRANSLATE_NOOP("SettingsDialog", "Network")
DATA = QT_TRANSLATE_NOOP("SettingsDialog", "Data")
FRUGALITY = QT_TRANSLATE_NOOP("SettingsDialog", "Frugality")
APPEARANCE = QT_TRANSLATE_NOOP("SettingsDialog", "App")
EVIDENCE = QT_TRANSLATE_NOOP("SettingsDialog", "Evidence")
# Each language named in itself, so a person who cannot read the current one still finds theirs.
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("SettingsDialog", "System language")),
    ("en", "English"), ("ur", "اردو"), ("fa", "فارسی"))


def _check_language(v: Any) -> str | None:
    return None if v in {code for code, _ in LANGUAGE_CHOICES} else "is not one of the languages Vantage ships"


@dataclass(frozen=True)
class Spec:
    key: str
    kind: type  # int, float, bool, str, or tuple (a list of strings)
    default: Any
    label: str
    help: str = ""
    check: Callable[[Any], str | None] | None = None
    group: str = PROBING
    visible: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (value, label): shown as a list to choose from


SPECS: tuple[Spec, ...] = (
    Spec("interval_s", int, 300,
         QT_TRANSLATE_NOOP("SettingsDialog", "Probe every"),
         QT_TRANSLATE_NOOP("SettingsDialog", "From 1 minute to 1 hour."), _check_interval),
    # Empty: the platforms resources/platforms.toml marks as probed by default (the catalogue says which).
    Spec("platforms", tuple, (),
         QT_TRANSLATE_NOOP("SettingsDialog", "Platforms to probe"),
         QT_TRANSLATE_NOOP("SettingsDialog", "The connectivity checks always run.")),
    Spec("timeout_s", float, 10.0,
         QT_TRANSLATE_NOOP("SettingsDialog", "Timeout per network operation (seconds)"),
         QT_TRANSLATE_NOOP("SettingsDialog", "A sweep always ends within five times this."), _check_timeout),
    Spec("doh_urls", tuple, DEFAULT_DOH_URLS,
         QT_TRANSLATE_NOOP("SettingsDialog", "Independent DNS resolvers (DNS-over-HTTPS)"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Compared with your own resolver to recognise DNS blocking."), _check_doh,
         group=NETWORK),
    Spec("ip_lookup", bool, True,
         QT_TRANSLATE_NOOP("SettingsDialog", "Look up my public IP address and network"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Records your network (ISP, country) with each sweep. The address "
                                             "itself is kept as a salted commitment."), group=NETWORK),
    Spec("ip_lookup_url", str, DEFAULT_IP_LOOKUP_URL,
         QT_TRANSLATE_NOOP("SettingsDialog", "Public IP lookup service"), "", lambda v: _https_url(v), group=NETWORK),
    Spec("ooni_control", bool, False,
         QT_TRANSLATE_NOOP("SettingsDialog", "Ask OONI's test helper to check each site from outside my network"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Lets OONI's analysis confirm a block in exported measurements. It tells "
                                             "OONI's servers which web addresses and server addresses were tested, "
                                             "and when."), group=NETWORK),
    Spec("ooni_helper_url", str, DEFAULT_CONTROL_URL,
         QT_TRANSLATE_NOOP("SettingsDialog", "OONI-compatible test helper"), "", lambda v: _https_url(v),
         group=NETWORK),
    Spec("data_dir", str, "",
         QT_TRANSLATE_NOOP("SettingsDialog", "Where data lives"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Empty: the standard folder for your system."), _check_data_dir,
         group=DATA),
    Spec("pause_on_battery", bool, False,
         QT_TRANSLATE_NOOP("SettingsDialog", "Pause while on battery"), group=FRUGALITY),
    Spec("pause_on_metered", bool, False,
         QT_TRANSLATE_NOOP("SettingsDialog", "Pause on a metered connection"), group=FRUGALITY),
    Spec("throughput_every_min", int, 60,
         QT_TRANSLATE_NOOP("SettingsDialog", "Measure download speed every (minutes)"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Throttling is judged from one small download per platform (about "
                                             "2.5 MB in all). 0 measures it in every sweep."),
         _check_throughput_every, group=FRUGALITY),
    # 500 MB: a day at the default interval with speed measured hourly stays about at it on the lab's figures,
    # which overstate a real link's (docs/methodology.md, "Data use"); a shutdown costs almost nothing, so the cap
    # does not stop a night's evidence.
    Spec("daily_cap_mb", int, DEFAULT_DAILY_CAP_MB,
         QT_TRANSLATE_NOOP("SettingsDialog", "Daily data cap (MB)"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Probing pauses until midnight once today's sweeps have used this "
                                             "much. 0 means no cap."), _check_cap, group=FRUGALITY),
    Spec("notifications", bool, True,
         QT_TRANSLATE_NOOP("SettingsDialog", "Notify me when a platform's state changes"), group=APPEARANCE),
    Spec("language", str, "",
         QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
         QT_TRANSLATE_NOOP("SettingsDialog", "The app follows your system's language unless you choose one. "
                                             "Takes effect when Vantage starts again."),
         _check_language, group=APPEARANCE, choices=LANGUAGE_CHOICES),
    Spec("autostart", bool, False,
         QT_TRANSLATE_NOOP("SettingsDialog", "Start Vantage when I log in"),
         QT_TRANSLATE_NOOP("SettingsDialog", "It then measures in the background from the moment you log in."),
         group=APPEARANCE),
    Spec("tsa_url", str, "",
         QT_TRANSLATE_NOOP("SettingsDialog", "Timestamp authority (RFC 3161)"),
         QT_TRANSLATE_NOOP("SettingsDialog", "Empty: bundles are signed but not timestamped. A timestamp proves "
                                             "when a bundle existed; asking for one tells the authority that you "
                                             "exported something at that moment (nothing of its content)."),
         lambda v: _check_tsa(v), group=EVIDENCE),
    Spec("timestamp_bundles", bool, True,
         QT_TRANSLATE_NOOP("SettingsDialog", "Timestamp bundles when an authority is set"), group=EVIDENCE),
    Spec("first_run_done", bool, False, "", visible=False),
)
SPEC_BY_KEY = {s.key: s for s in SPECS}
# The person's own preferences, not the measurement's: a choice made in the demo (whose settings are thrown away
# when it ends) is saved for the app too, so that "takes effect when Vantage starts again" stays true.
PERSONAL_KEYS = ("language",)


@dataclass(frozen=True)
class Settings:
    interval_s: int = 300
    platforms: tuple[str, ...] = ()  # empty: the catalogue's default platforms
    timeout_s: float = 10.0
    doh_urls: tuple[str, ...] = DEFAULT_DOH_URLS
    ip_lookup: bool = True
    ip_lookup_url: str = DEFAULT_IP_LOOKUP_URL
    ooni_control: bool = False
    ooni_helper_url: str = DEFAULT_CONTROL_URL
    data_dir: str = ""
    pause_on_battery: bool = False
    pause_on_metered: bool = False
    throughput_every_min: int = 60
    daily_cap_mb: int = DEFAULT_DAILY_CAP_MB
    notifications: bool = True
    language: str = ""
    autostart: bool = False
    tsa_url: str = ""
    timestamp_bundles: bool = True
    first_run_done: bool = False

    def changed(self, **values: Any) -> Settings:
        """A copy with values changed, each coerced and checked; raises SettingsError on the first bad one."""
        return replace(self, **{key: coerce(key, value) for key, value in values.items()})

    def as_json(self) -> dict[str, Any]:
        return {s.key: list(v) if isinstance(v := getattr(self, s.key), tuple) else v for s in SPECS}

    def probe_config(self, base: ProbeConfig | None = None) -> ProbeConfig:
        return replace(base or ProbeConfig(), timeout=self.timeout_s, doh_urls=self.doh_urls,
                       ip_lookup=self.ip_lookup, ip_lookup_url=self.ip_lookup_url,
                       control_url=self.ooni_helper_url if self.ooni_control else None)

    def resolved_data_dir(self) -> Path:
        return paths.data_dir(self.data_dir or None)


def coerce(key: str, value: Any) -> Any:
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        raise SettingsError(key, f"“{key}” is not a setting Vantage knows.")
    try:
        if spec.kind is bool:
            if not isinstance(value, bool):
                raise TypeError
            out: Any = value
        elif spec.kind is int:
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                raise TypeError
            out = int(value)
        elif spec.kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise TypeError
            out = float(value)
        elif spec.kind is tuple:
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise TypeError
            out = tuple(v.strip() for v in value if v.strip())
        else:
            if not isinstance(value, str):
                raise TypeError
            out = value.strip()
    except (TypeError, ValueError):
        expected = {bool: "on or off", int: "a whole number", float: "a number", tuple: "a list",
                    str: "text"}[spec.kind]
        raise SettingsError(key, f"“{spec.label or key}” must be {expected}, not {value!r}.") from None
    problem = spec.check(out) if spec.check else None
    if problem:
        raise SettingsError(key, f"“{spec.label or key}” {problem}.")  # every check says "must …"
    return out


def settings_path(config_dir: Path | None = None) -> Path:
    return (config_dir or paths.config_dir()) / SETTINGS_FILE


def load_settings(config_dir: Path | None = None) -> Settings:
    """The saved settings, or the defaults when none were saved; a damaged file raises SettingsError."""
    path = settings_path(config_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        raise SettingsError("(file)", f"could not be read ({exc})", path) from None
    if not isinstance(data, Mapping):
        raise SettingsError("(file)", "must hold a JSON object", path)
    try:
        return Settings().changed(**{k: v for k, v in data.items() if k in SPEC_BY_KEY})
    except SettingsError as exc:
        raise SettingsError(exc.key, exc.sentence, path) from None


def save_settings(settings: Settings, config_dir: Path | None = None) -> Path:
    """Write atomically (temp file + rename), readable by the user alone."""
    path = settings_path(config_dir)
    paths.ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(settings.as_json(), out, indent=2, sort_keys=True)
            out.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def save_personal(settings: Settings, config_dir: Path | None = None) -> Settings:
    """Write the PERSONAL_KEYS of settings into the settings saved in config_dir, leaving every other key as it
    is there; returns what is now saved. A damaged file raises SettingsError (and is not overwritten)."""
    saved = load_settings(config_dir)
    wanted = {key: getattr(settings, key) for key in PERSONAL_KEYS}
    if all(getattr(saved, key) == value for key, value in wanted.items()):
        return saved
    merged = saved.changed(**wanted)
    save_settings(merged, config_dir)
    return merged
