"""The core's Qt-free translation reader (desktop_app.common.i18n) against real .ts files."""

from __future__ import annotations

from pathlib import Path

from desktop_app.common.i18n import LRI, PDI, Translator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>Report</name>
    <message>
        <source>Evidence report</source>
        <translation>ثبوت کی رپورٹ</translation>
    </message>
    <message>
        <source>Not yet translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">غائب</translation>
    </message>
    <message numerus="yes">
        <source>%n sweep(s)</source>
        <translation><numerusform>%n جائزہ</numerusform><numerusform>%n جائزے</numerusform></translation>
    </message>
</context>
</TS>
"""


def test_translations_numerus_and_fallbacks(tmp_path: Path) -> None:
    (tmp_path / "vantage_ur.ts").write_text(TS, encoding="utf-8")
    t = Translator("ur", tmp_path)
    assert t.tr("Report", "Evidence report") == "ثبوت کی رپورٹ"
    assert t.tr("Other", "Evidence report") == "Evidence report"  # the context is part of the key
    assert t.tr("Report", "Not yet translated") == "Not yet translated"
    assert t.tr("Report", "Gone") == "Gone"
    assert t.tr("Report", "%n sweep(s)", n=1) == "1 جائزہ"
    assert t.tr("Report", "%n sweep(s)", n=4) == "4 جائزے"
    assert t.rtl and t.direction == "rtl"
    assert t.ltr("https://x.com") == f"{LRI}https://x.com{PDI}"


def test_english_missing_and_broken_files_give_the_source(tmp_path: Path) -> None:
    (tmp_path / "vantage_fa.ts").write_text("<TS><context>", encoding="utf-8")
    for lang in ("en", "fa", "xx"):
        t = Translator(lang, tmp_path)
        assert t.tr("Report", "%n sweep(s)", n=2) == "2 sweep(s)"
    english = Translator("en")
    assert not english.rtl and english.ltr("1 ms") == "1 ms"


def test_the_shipped_urdu_file_is_read() -> None:
    t = Translator("ur")
    assert t.tr("Banner", "by connection resets") == "کنکشن زبردستی توڑ کر"


def test_the_clis_error_sentences_take_the_export_language() -> None:
    from desktop_app.app.error_words import sentence_in
    from desktop_app.common.i18n import translator
    from desktop_app.evidence.export.bundle import ExportError
    problem = ExportError("Nothing was measured in this range.")
    assert sentence_in(problem, translator("en")) == "Nothing was measured in this range."  # as it always was
    urdu = sentence_in(problem, translator("ur"))
    lead = translator("ur").tr("Errors", "The evidence bundle could not be made.")
    assert lead != "The evidence bundle could not be made." and urdu.startswith(lead)
