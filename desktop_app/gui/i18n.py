"""The app's language: Qt translators for our strings and Qt's own, the locale for dates and numbers, and RTL.

Translations live in resources/translations as .ts sources; the build compiles them to .qm with
pyside6-lrelease (`make` does it, and so does packaging/build.sh). A missing .qm falls back to English.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.system import paths

SHIPPED = ("ur", "fa")  # besides English, the source language
DOMAIN = "vantage"


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The setting if one is chosen, else the system's language when we ship it, else English."""
    if setting:
        return setting
    language = (system or QLocale.system()).name().split("_")[0]
    return language if language in SHIPPED else "en"


def compile_translations(source: Path | None = None) -> list[Path]:
    """Compile every .ts next to itself into a .qm with pyside6-lrelease; returns the .qm files."""
    folder = source or translations_dir()
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    out = []
    for ts in sorted(folder.glob(f"{DOMAIN}_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(tool) if tool.exists() else "pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)],
                           check=True)
        out.append(qm)
    return out


class Language:
    """Installs the translators for one language and keeps them alive as long as the app."""

    def __init__(self, app: QApplication, code: str) -> None:
        self.code = code
        self.translators: list[QTranslator] = []
        locale = QLocale(code)
        QLocale.setDefault(locale)
        if code != "en":
            ours = translations_dir() / f"{DOMAIN}_{code}.qm"
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for folder, name in ((str(ours.parent), f"{DOMAIN}_{code}"), (qt_dir, f"qtbase_{code}")):
                translator = QTranslator(app)
                if translator.load(name, folder):
                    app.installTranslator(translator)
                    self.translators.append(translator)
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    @property
    def loaded(self) -> bool:
        return self.code == "en" or bool(self.translators)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English))
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def install(app: QApplication, setting: str) -> Language:
    return Language(app, chosen_language(setting))
