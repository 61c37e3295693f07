"""The app in the user's language: Urdu (right to left) and Persian, with dates and numbers in their locale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabBar, QToolButton, QWidget

from desktop_app.app.session import Session
from desktop_app.app.settings import Settings
from desktop_app.gui.engine_host import EngineHost
from desktop_app.gui.i18n import Language, chosen_language, compile_translations
from desktop_app.gui.localtext import duration_text, local_text
from desktop_app.gui.main_window import MainWindow
from desktop_app.probes.catalogue.loader import load_catalogue
from desktop_app.probes.summary import PlatformPoint, SweepPoint

# Acronyms and names that stay in Latin script in Urdu and Persian technical writing.
ALLOWED = {"DNS", "IP", "TLS", "SNI", "VPN", "ASN", "HTTP", "HTTPS", "OONI", "RFC", "SHA", "MB", "ms", "Vantage",
           "Ctrl", "UTC", "AS", "PK"}  # UTC offsets, ASNs (AS17557) and ISO country codes are identifiers
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture(scope="module", autouse=True)
def compiled():
    assert compile_translations()  # the .qm files, as `make` builds them


@pytest.fixture
def urdu(qapp):
    language = Language(qapp, "ur")
    assert language.loaded
    yield language
    language.remove()


def sweep_point(now: float) -> SweepPoint:
    platforms = {"x": PlatformPoint("x", "tls_blocked", 7, 7, "reset during the handshake", None),
                 "youtube": PlatformPoint("youtube", "ok", 0, 9, None, 42.0),
                 "control": PlatformPoint("control", "ok", 0, 4, None, 20.0)}
    return SweepPoint(now - 3, now, "online", platforms, seq=0, asn="AS17557", country="PK")


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton, QToolButton)):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    return texts


def english_left(texts: list[str], names: list[str]) -> list[str]:
    left = []
    for text in texts:
        plain = TAG.sub(" ", text).replace("&nbsp;", " ").replace("&", "")
        for name in names:
            plain = plain.replace(name, " ")
        left += [w for w in WORD.findall(plain) if w not in ALLOWED]
    return left


def test_the_main_window_in_urdu_is_right_to_left_with_no_english_left(qtbot, urdu, tmp_path, qapp):
    catalogue = load_catalogue()
    platforms = [(p.id, p.name) for p in catalogue.platforms if p.id in ("x", "youtube") or p.is_control]
    settings = Settings(first_run_done=True, platforms=("x", "youtube"))
    host = EngineHost(Session(settings, config_dir=tmp_path / "config", data_dir=tmp_path / "data"))
    window = MainWindow(host, settings, platforms, config_dir=tmp_path / "config")
    qtbot.addWidget(window)
    window.show()
    import time
    window.on_sweep(sweep_point(time.time()))
    window.chart.redraw()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    texts = visible_texts(window)
    assert english_left(texts, [name for _, name in platforms]) == []
    # the banner's sentence is Urdu (one sweep's block is pending its follow-up: "suggests a block", بندش)
    assert "بندش" in window.banner.text
    assert window.shutdown()


def test_dates_and_numbers_follow_the_language(urdu):
    assert QLocale().language() == QLocale.Language.Urdu
    assert "UTC" in local_text(1_780_000_000.0)
    assert duration_text(3 * 86400 + 4 * 3600) != "3 d 4 h"


def test_persian_uses_persian_digits(qapp):
    language = Language(qapp, "fa")
    try:
        assert language.loaded and qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "۲۰۲۶" in local_text(1_780_000_000.0)
    finally:
        language.remove()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_follows_the_system_unless_chosen():
    assert chosen_language("", QLocale("ur_PK")) == "ur"
    assert chosen_language("", QLocale("fa_IR")) == "fa"
    assert chosen_language("", QLocale("de_DE")) == "en"
    assert chosen_language("fa", QLocale("ur_PK")) == "fa"


def test_every_message_is_translated_with_its_placeholders():
    import xml.etree.ElementTree as ET

    from desktop_app.gui.i18n import translations_dir
    placeholder = re.compile(r"\{[^}]*\}|%[vm]")
    for ts in sorted(translations_dir().glob("vantage_*.ts")):
        root = ET.parse(ts).getroot()
        messages = root.findall(".//message")
        assert len(messages) > 200
        for m in messages:
            source, translation = m.findtext("source") or "", m.find("translation")
            assert translation is not None and translation.get("type") != "unfinished" and translation.text, \
                f"{ts.name}: {source!r} is not translated"
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(translation.text)), \
                f"{ts.name}: placeholders differ in {source!r}"


def test_qt_standard_buttons_are_in_urdu(qtbot, urdu):
    """Qt ships no qtbase_ur: our catalogue carries OK, Cancel and Close, so Urdu dialogs have no English buttons."""
    from PySide6.QtWidgets import QDialogButtonBox
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == sorted(["ٹھیک ہے", "منسوخ کریں", "بند کریں"])


def test_core_error_sentences_reach_urdu_readers_translated(urdu):
    from desktop_app.gui.error_text import sentence_for
    from desktop_app.store.migrations import StoreError
    sentence = sentence_for(StoreError("database is locked"))
    assert sentence.startswith("تاریخچہ پڑھا یا لکھا نہیں جا سکا۔") and sentence.endswith("database is locked")


def test_mixed_direction_text_is_isolated_in_urdu(qtbot, urdu, tmp_path):
    """Numbers keep their words and times their order on an RTL line: each part is a bidi isolate."""
    from desktop_app.gui.dialogs.export_dialog import ExportDialog
    from desktop_app.gui.localtext import FSI, LRI, PDI, clock_text
    from desktop_app.gui.tiles import PlatformTile
    tile = PlatformTile("x", "X")
    qtbot.addWidget(tile)
    tile.show_point(PlatformPoint("x", "ok", affected=0, total=7, latency_ms=2), since=1.7e9)
    parts = tile.details.text().split(" · ")
    assert len(parts) == 3 and all(p.startswith(FSI) and p.endswith(PDI) for p in parts)
    assert clock_text(1.7e9).startswith(LRI) and clock_text(1.7e9).endswith(PDI)
    export = ExportDialog(tmp_path / "h.sqlite", tmp_path / "config", [("x", "X")])
    qtbot.addWidget(export)
    assert export.since_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight  # 01:42 never reads 42:01
    # the text itself keeps its order (an RTL edit reverses the sections as its format is set: "08:17 29-05-2026")
    assert export.since_edit.text() == export.since_edit.dateTime().toString("yyyy-MM-dd HH:mm")
    export.reject()


def test_qt_base_translations_cover_persian_and_urdu_buttons(qtbot, qapp):
    """Qt ships qtbase_fa (loaded from PySide6's translations folder) but no qtbase_ur (our catalogue has it):
    in both, a dialog's Cancel is not "Cancel"."""
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QDialogButtonBox
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in ("fa", "ur"):
        language = Language(qapp, code)
        try:
            assert len(language.translators) == (2 if (qt_dir / f"qtbase_{code}.qm").exists() else 1)
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
            qtbot.addWidget(box)
            texts = [b.text().replace("&", "") for b in box.buttons()]
            assert "Cancel" not in texts and "Close" not in texts, (code, texts)
        finally:
            language.remove()


def test_urls_and_the_connectivity_checks_read_right_in_urdu(qtbot, urdu, tmp_path):
    """A URL is a left-to-right isolate in an RTL evidence window (never "/https://x.com"); the connectivity
    checks are named in Urdu; the evidence header follows the leading edge."""
    from desktop_app.gui.dialogs.measurement_detail import EvidenceDialog
    from desktop_app.gui.localtext import FSI, LRI, PDI
    records = [{"platform": "x", "url": "https://x.com/", "verdict": "ok", "t_ms": 12.0,
                "steps": [{"step": "tls", "address": "192.0.2.1", "sni": "x.com", "t0_ms": 1.0, "t_ms": 2.0}]}]
    dialog = EvidenceDialog("X", PlatformPoint("x", "ok", 0, 1, None, 12.0), 1.7e9, records)
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    top = item.text(0).replace("\u200b", "")  # the zero-width spaces where a long URL may wrap
    assert f"{LRI}https://x.com/{PDI}" in top
    step = item.child(0)
    assert step is not None and f"{FSI}x.com{PDI}" in step.text(1)  # the host keeps its order inside Urdu words
    assert "192.0.2.1 SNI x.com" in step.toolTip(4)  # the raw facts, in the detail column's tooltip
    header = dialog.findChildren(QLabel)[0]
    assert not header.alignment() & Qt.AlignmentFlag.AlignAbsolute  # mirrored: the leading edge is the right
    # the name goes through Qt's translators in the "Platform" context (one with just that entry, so the test
    # does not wait for the shipped catalogue)
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator
    ts = tmp_path / "platform_ur.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ur_PK"><context>'
                  "<name>Platform</name><message><source>Connectivity checks</source>"
                  "<translation>رابطے کی جانچ</translation></message></context></TS>", encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], check=True)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    try:
        settings = Settings(first_run_done=True, platforms=("x",))
        host = EngineHost(Session(settings, config_dir=tmp_path / "config", data_dir=tmp_path / "data"))
        window = MainWindow(host, settings, [("x", "X"), ("control", "Connectivity checks")],
                            config_dir=tmp_path / "config")
        qtbot.addWidget(window)
        assert window.names["control"] == "رابطے کی جانچ"
        assert window.names["x"] == "X"  # a platform's own name is never translated
        assert window.shutdown()
    finally:
        QCoreApplication.removeTranslator(translator)


def x_centres(text: str, font, pieces: list[str]) -> list[float]:
    """Where Qt draws each piece (in order of appearance) of one right-to-left line: the centre of its glyphs."""
    from PySide6.QtGui import QTextLayout, QTextOption
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    centres, start = [], 0
    for piece in pieces:
        at = text.index(piece, start)
        start = at + len(piece)
        runs = line.glyphRuns(at, len(piece))
        box = runs[0].boundingRect()
        for run in runs[1:]:
            box = box.united(run.boundingRect())
        centres.append(box.center().x())
    return centres


def test_the_tile_line_keeps_numbers_and_times_in_bidi_order(qtbot, urdu):
    """"since 14 Nov 22:13 · 2 ms · 0 of 7" in Urdu, measured where Qt draws each piece: the parts run right to
    left, the day before the month before the time (Urdu order), the time's hours left of its minutes, "2" left
    of "ms", and "7 میں سے 0" with the 7 first (rightmost): no number leaves its words."""
    from desktop_app.gui.localtext import FSI, PDI
    from desktop_app.gui.tiles import PlatformTile
    tile = PlatformTile("x", "X")
    qtbot.addWidget(tile)
    tile.show_point(PlatformPoint("x", "ok", affected=0, total=7, latency_ms=2), since=1.7e9)  # not today
    text = tile.details.text()
    parts = text.split(" · ")
    assert len(parts) == 3 and all(p.startswith(FSI) and p.endswith(PDI) for p in parts)
    clock = re.search(r"(\d\d):(\d\d)", parts[0])
    day = re.search(r"\d+", parts[0])
    assert clock is not None and day is not None
    month = parts[0][day.end():clock.start()].strip(" ")
    pieces = [day.group(), month, clock.group(1), clock.group(2), "2", "ms", "7", "0"]
    x = dict(zip(["day", "month", "hours", "minutes", "2", "ms", "7", "0"],
                 x_centres(text, tile.details.font(), pieces), strict=True))
    assert x["day"] > x["month"] > max(x["hours"], x["minutes"])  # Urdu reads from the right
    assert x["hours"] < x["minutes"]  # 22:13, never 13:22
    assert x["minutes"] > x["ms"] > x["2"] > x["7"]  # the parts in reading order, "2 ms" left to right
    assert x["7"] > x["0"]  # "7 میں سے 0": 0 of 7


def test_the_charts_time_axis_speaks_the_language(qapp, urdu):
    """pyqtgraph writes its date ticks in English ("May", "Thu 28"); ours are in the app's language."""
    from desktop_app.gui.charts.plots import LocalDateAxis
    axis = LocalDateAxis()
    days = [1_780_000_000.0 + 86400 * i for i in range(3)]
    formats = {}
    for level in axis.zoomLevels.values():
        axis.zoomLevel = level
        for spec in level.tickSpecs:
            formats[spec.format] = axis.tickStrings(days, 1, spec.spacing)
    assert formats["%b"] == ["مئی"] * 3  # May in Urdu
    assert not any(WORD.search(text) for texts in formats.values() for text in texts), formats
    assert formats["%H:%M"][0].count(":") == 1


def test_the_export_dialog_writes_the_report_in_the_apps_language_unless_told(qtbot, urdu, tmp_path):
    from desktop_app.gui.dialogs.export_dialog import ExportDialog
    export = ExportDialog(tmp_path / "h.sqlite", tmp_path / "config", [("x", "X")])
    qtbot.addWidget(export)
    assert export.language_box.currentData() == "ur" and export.request().language == "ur"
    export.language_box.setCurrentIndex(export.language_box.findData("en"))
    assert export.request().language == "en"  # an English report for a recipient abroad, the app still in Urdu
    assert [export.language_box.itemText(i) for i in range(export.language_box.count())] == \
        ["English", "اردو", "فارسی"]  # each language named in itself
    export.reject()
