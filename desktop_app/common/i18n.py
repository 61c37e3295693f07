"""Translations for text the core renders outside Qt (the bundle's report, VERIFY.txt, the CLI's sentences).

The GUI translates with Qt's QTranslator; the core must not import Qt, so this reads the same sources,
resources/translations/vantage_<lang>.ts, with the standard library. Strings are marked in the core with
QT_TRANSLATE_NOOP(context, text) so that lupdate collects them; `Translator(lang).tr(context, text)` then returns
the translation, or the English text when there is none (English, an unknown language, a missing or broken file).

    t = Translator("ur")
    t.tr(REPORT, TITLE)                          # TITLE = QT_TRANSLATE_NOOP("Report", "Vantage evidence report")
    t.tr(REPORT, SWEEPS, n=3)                    # numerus: the plural form for 3, with %n replaced by 3
    t.rtl                                        # True for Urdu and Persian
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.system import paths

DOMAIN = "vantage"
RTL_LANGUAGES = frozenset({"ur", "fa", "ar", "he"})
# The contexts the core translates in. Calls name them through these variables: lupdate would take a literal first
# argument of a .tr() call for a string to translate (QT_TRANSLATE_NOOP marks the strings themselves).
REPORT, VERDICT, DURATION, PLATFORM, ERRORS = "Report", "Verdict", "Duration", "Platform", "Errors"
COLLECT_REPORT = "CollectReport"  # the collection's report: its own words (the words it shares stay in "Report")
BANNER = "Banner"  # the role words (common/vocabulary.ROLE_WORDS) are declared in the banner's context
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"  # isolates: left-to-right, right-to-left, first-strong, pop


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or paths.resources_dir() / "translations") / f"{DOMAIN}_{lang}.ts"


def plural_index(lang: str, n: int) -> int:
    """The numerus form for n. Urdu and Persian, like English, use one form for 1 and another for the rest."""
    return 0 if n == 1 else 1


def _load(path: Path) -> dict[tuple[str, str, str], str | list[str]]:
    table: dict[tuple[str, str, str], str | list[str]] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return table
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            comment = message.findtext("comment", "")
            forms = [form.text or "" for form in translation.findall("numerusform")]
            if message.get("numerus") == "yes" or forms:
                if any(forms):
                    table[(name, source, comment)] = forms
            elif translation.text:
                table[(name, source, comment)] = translation.text
    return table


@functools.lru_cache(maxsize=8)
def _table(path: Path, mtime: float) -> dict[tuple[str, str, str], str | list[str]]:
    return _load(path)


class Translator:
    """One language's translations of the core's strings; English (or a missing file) returns the source."""

    def __init__(self, lang: str = "en", folder: Path | None = None) -> None:
        self.lang = lang or "en"
        self.table: dict[tuple[str, str, str], str | list[str]] = {}
        if self.lang != "en":
            path = ts_path(self.lang, folder)
            try:
                mtime = path.stat().st_mtime
            except OSError:
                mtime = -1.0
            if mtime >= 0:
                self.table = _table(path, mtime)

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGUAGES

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    def tr(self, context: str, text: str, disambiguation: str = "", n: int | None = None) -> str:
        """The translation of text in context (like QCoreApplication.translate), else text; %n becomes n."""
        found = self.table.get((context, text, disambiguation))
        if isinstance(found, list):
            index = plural_index(self.lang, n if n is not None else 1)
            chosen = next((f for f in reversed(found[: index + 1]) if f), "") or text
        else:
            chosen = found or text
        return chosen.replace("%n", str(n)) if n is not None else chosen

    def ltr(self, text: str) -> str:
        """text isolated as left-to-right (a URL, a number with its unit, a time) inside right-to-left text."""
        return f"{LRI}{text}{PDI}" if self.rtl else text


@functools.lru_cache(maxsize=8)
def translator(lang: str) -> Translator:
    """A shared Translator for lang (the file is read once per process)."""
    return Translator(lang)
