"""The settings dialog built from the declared settings: saving, refusing bad input, extra targets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.app.settings import SPECS, Settings, load_settings, save_settings
from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.gui.worker import Usage
from desktop_app.probes.catalogue.targets_file import read_targets

PLATFORMS = [("x", "X"), ("youtube", "YouTube"), ("whatsapp", "WhatsApp")]


def make(qtbot, tmp_path, settings=None):
    dialog = SettingsDialog(settings or Settings(), tmp_path, PLATFORMS, usage=Usage(1_234_567, 35_000_000),
                            default_platforms=[pid for pid, _ in PLATFORMS])
    qtbot.addWidget(dialog)
    return dialog


def test_every_visible_setting_has_a_field(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    assert set(dialog.fields) >= {s.key for s in SPECS if s.visible}
    assert "first_run_done" not in dialog.fields
    assert "1.2 MB" in dialog.usage_label.text() and "35.0 MB" in dialog.usage_label.text()


def test_changes_are_saved(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    saved: list[Settings] = []
    dialog.settingsSaved.connect(saved.append)
    dialog.fields["interval_s"].setValue(10)
    chooser = dialog.fields["platforms"]
    chooser.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.fields["ip_lookup"].setChecked(False)
    dialog.accept()
    result = load_settings(tmp_path)
    assert result.interval_s == 600 and result.platforms == ("x", "whatsapp") and result.ip_lookup is False
    assert saved == [result] and dialog.result_settings == result


def test_bad_input_is_refused_with_the_reason_and_nothing_saved(qtbot, tmp_path):
    save_settings(Settings(), tmp_path)
    before = (tmp_path / "settings.json").read_bytes()
    cases = [
        ("platforms", lambda d: [d.fields["platforms"].item(i).setCheckState(Qt.CheckState.Unchecked)
                                 for i in range(3)], "at least one platform"),
        ("doh_urls", lambda d: d.fields["doh_urls"].list.item(0).setText("http://dns.example/dns-query"),
         "must list https:// addresses only"),
        ("data_dir", lambda d: d.fields["data_dir.edit"].setText("relative/folder"), "absolute folder path"),
        ("ip_lookup_url", lambda d: d.fields["ip_lookup_url"].setText("ftp://ip.example/"), "https://"),
        ("daily_cap_mb", lambda d: d.fields["daily_cap_mb"].setValue(-5), "between 0"),
        ("timeout_s", lambda d: d.fields["timeout_s"].setValue(0.0),
         "“Timeout per network operation (seconds)” must be between 1 and 60"),
    ]
    for key, spoil, words in cases:
        dialog = make(qtbot, tmp_path)
        dialog.show()
        spoil(dialog)
        dialog.accept()
        assert dialog.result_settings is None, key
        assert words in dialog.error_text, (key, dialog.error_text)
        assert not dialog.errors[key].isHidden()
        assert dialog.isVisible()
        assert (tmp_path / "settings.json").read_bytes() == before
        dialog.reject()


def test_cancel_saves_nothing(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.fields["interval_s"].setValue(30)
    dialog.reject()
    assert not (tmp_path / "settings.json").exists()


def test_extra_targets(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    assert dialog.add_url("https://news.example.org/")
    assert read_targets(tmp_path) == ["https://news.example.org/"]
    assert not dialog.add_url("https://203.0.113.5/")
    assert "literal IP address" in dialog.targets_message.text()
    assert not dialog.add_url("gopher://old.example/")
    assert read_targets(tmp_path) == ["https://news.example.org/"]
    good = tmp_path / "pk.csv"
    good.write_text("url,category_code,category_description,date_added,source,notes\n"
                    "https://www.dawn.com/,NEWS,News Media,2017-01-01,citizenlab,\n")
    assert dialog.import_csv(good)
    bad = tmp_path / "bad.csv"
    bad.write_text("address,category\nhttps://example.org/,NEWS\n")
    assert not dialog.import_csv(bad)
    assert "Not imported" in dialog.targets_message.text()
    assert dialog.targets.count() == 2
    # Removing asks first; a "no" keeps the target.
    dialog.targets.setCurrentRow(0)
    dialog.confirm = lambda question: False
    assert not dialog.remove_selected()
    assert read_targets(tmp_path) == ["https://news.example.org/"]
    dialog.confirm = lambda question: "news.example.org" in question
    assert dialog.remove_selected()
    assert read_targets(tmp_path) == []


def test_render(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "settings.png"))
    assert (tmp_path / "settings.png").stat().st_size > 1000


def test_start_at_login_writes_and_removes_the_xdg_autostart_entry(qtbot, tmp_path, monkeypatch):
    from desktop_app.app.session import Session
    from desktop_app.app.settings import Settings
    from desktop_app.gui.engine_host import EngineHost
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.system import autostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    settings = Settings(first_run_done=True)
    host = EngineHost(Session(settings, config_dir=tmp_path / "config", data_dir=tmp_path / "data"))
    window = MainWindow(host, settings, [("x", "X"), ("control", "Checks")], config_dir=tmp_path / "config")
    qtbot.addWidget(window)
    entry = tmp_path / "xdg" / "autostart" / "io.github.vantage.Vantage.desktop"
    window.apply_settings(settings.changed(autostart=True))
    assert entry.is_file() and autostart.is_enabled() and "Exec=" in entry.read_text()
    window.apply_settings(window.settings.changed(autostart=False))
    assert not entry.exists() and not autostart.is_enabled()
    assert window.shutdown()


def test_the_language_chosen_in_the_demo_is_kept_for_the_app(qtbot, tmp_path):
    """The demo's settings live in a folder deleted when it ends; the language is the person's and must survive,
    while the demo's other changes never reach the app's own settings."""
    from desktop_app.app.session import Session
    from desktop_app.gui.engine_host import EngineHost
    from desktop_app.gui.main_window import MainWindow

    real, demo = tmp_path / "real", tmp_path / "demo"
    save_settings(Settings(first_run_done=True, interval_s=600, ip_lookup=False), real)
    settings = load_settings(real).changed(first_run_done=True)
    host = EngineHost(Session(settings, config_dir=demo, data_dir=tmp_path / "data"))
    window = MainWindow(host, settings, [("x", "X"), ("control", "Checks")], config_dir=demo, demo=True,
                        default_platforms=("x",), personal_dir=real)
    qtbot.addWidget(window)
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.note.isVisibleTo(dialog) and "demo" in dialog.note.text()
    fields: dict[str, Any] = dialog.fields  # each field is the widget its setting's type asks for
    fields["language"].setCurrentIndex(fields["language"].findData("ur"))
    fields["interval_s"].setValue(2)
    fields["ip_lookup"].setChecked(True)
    dialog.accept()
    assert dialog.error_text == ""
    kept = load_settings(real)
    assert kept.language == "ur"
    assert kept.interval_s == 600 and kept.ip_lookup is False  # the demo's other choices stay in the demo
    assert load_settings(demo).interval_s == 120 and load_settings(demo).language == "ur"
    assert window.shutdown()


def test_outside_the_demo_the_settings_carry_no_note(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    assert not dialog.note.isVisibleTo(dialog)


def test_a_damaged_settings_file_is_never_overwritten_by_the_demos_language(tmp_path):
    import pytest

    from desktop_app.app.settings import SettingsError, save_personal, settings_path

    path = settings_path(tmp_path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SettingsError):
        save_personal(Settings(language="fa"), tmp_path)
    assert path.read_text(encoding="utf-8") == "{not json"
    assert save_personal(Settings(language="fa"), tmp_path / "new").language == "fa"
