"""What the app says when it cannot do what was asked, and what the first-run screen discloses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from desktop_app.app.settings import Settings
from desktop_app.gui.dialogs.first_run import FirstRunDialog, guide_url
from desktop_app.gui.open_link import open_or_show


def test_without_a_file_manager_the_path_is_shown_to_copy(qtbot, tmp_path):
    # The opener stands in for a desktop with no file manager: the real one would start a program.
    box = open_or_show(QUrl.fromLocalFile(str(tmp_path)), None, opener=lambda _url: False)
    assert box is not None and box.isVisible()
    qtbot.addWidget(box)
    assert "No file manager" in box.text() and str(tmp_path) in box.text()
    box.close()
    assert open_or_show(QUrl.fromLocalFile(str(tmp_path)), None, opener=lambda _url: True) is None


def test_without_a_browser_the_link_is_shown_to_copy(qtbot):
    box = open_or_show(QUrl("https://explorer.ooni.org/search?probe_cc=PK"), None, opener=lambda _url: False)
    assert box is not None
    qtbot.addWidget(box)
    assert "No web browser" in box.text() and "https://explorer.ooni.org/search?probe_cc=PK" in box.text()
    box.close()


def test_the_first_run_screen_names_what_is_contacted_and_the_data_use(qtbot):
    dialog = FirstRunDialog(settings=Settings(daily_cap_mb=0, interval_s=300))
    qtbot.addWidget(dialog)
    text = dialog.text
    for host in ("dns.google", "cloudflare-dns.com", "dns.quad9.net", "ifconfig.co"):
        assert host in text
    # 1.25 MB a sweep, 6.3 MB more for the hourly speed download: 288 × 1.25 + 24 × 6.3 = 511.2 MB a day.
    assert "1.2 MB per sweep" in text and "6.3 MB more" in text and "every 60 min" in text
    assert "511.2 MB a day" in text and "no daily cap" in text
    assert 'href="guide"' in text and "Staying safe" in text
    capped = FirstRunDialog(settings=Settings(daily_cap_mb=200, interval_s=600))
    qtbot.addWidget(capped)
    assert "a daily cap of 200.0 MB" in capped.text and "every 10 min" in capped.text


def test_the_guide_link_points_at_staying_safe():
    url = guide_url()
    assert url.fragment() == "staying-safe" and url.isLocalFile()
    assert "## Staying safe" in Path(url.toLocalFile()).read_text(encoding="utf-8")


def test_sweeps_kept_in_memory_are_announced_above_everything_else(qtbot, idle_main_window):
    """A full disk keeps sweeps in memory (app/session.py); the window must say so until they are saved."""
    window = idle_main_window
    window.on_unsaved(3)
    assert "3 sweeps waiting in memory" in window.banner.label.text()
    assert window.banner.isVisible() or not window.isVisible()
    window.on_unsaved(1)
    assert "1 sweep waiting in memory" in window.banner.label.text()  # English's singular, not "sweep(s)"
    window.on_unsaved(0)
    assert "waiting in memory" not in window.banner.label.text()


def test_a_partial_block_says_which_part_and_that_the_rest_works():
    """WhatsApp's media blocked by DNS while messages get through (Pakistan, July 2024) is not "WhatsApp is blocked"."""
    from desktop_app.gui.banner_text import banner_for
    from desktop_app.gui.live_state import LiveState
    from desktop_app.probes.summary import SweepPoint

    context = {"started_at": "2026-07-19T14:04:00Z", "ended_at": "2026-07-19T14:04:09Z",
               "platforms": {"whatsapp": {"verdict": "dns_blocked", "affected": 3, "total": 38, "scope": "partial",
                                          "roles": ["media"]}}}
    point = SweepPoint.from_context(context, seq=1)
    assert point.platforms["whatsapp"].scope == "partial" and point.platforms["whatsapp"].roles == ("media",)
    state = LiveState()
    state.ingest(point)
    banner = banner_for(state, {"whatsapp": "WhatsApp"})
    assert banner is not None and banner.text.startswith("WhatsApp: its media blocked")
    assert "the rest still works" in banner.text
    whole = SweepPoint.from_context({**context, "platforms": {"whatsapp": {"verdict": "dns_blocked", "affected": 38,
                                                                           "total": 38, "scope": "whole"}}}, seq=2)
    state = LiveState()
    state.ingest(whole)
    banner = banner_for(state, {"whatsapp": "WhatsApp"})
    assert banner is not None and "rest still works" not in banner.text
