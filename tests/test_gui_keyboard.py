"""Every action of the main window is reachable by keyboard alone: a menu bar holds them all with their
shortcuts, Alt+letter opens each menu, mnemonics never collide, and Tab reaches the toolbar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMenu, QToolButton, QWidget

from desktop_app.app.settings import Settings
from desktop_app.gui.dialogs.export_dialog import ExportDialog
from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.gui.dialogs.verify_dialog import VerifyDialog

WAIT_MS = 5000


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture
def window(qtbot, idle_main_window):
    idle_main_window.show()
    idle_main_window.activateWindow()
    qtbot.waitUntil(idle_main_window.isActiveWindow, timeout=WAIT_MS)
    return idle_main_window


def actions_of(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


def test_every_action_is_in_a_menu_and_mnemonics_are_unique(window):
    in_menus = [a for m in window.menus for a in actions_of(m)]
    for action in (window.probe_action, window.pause_action, window.history_action, window.export_action,
                   window.verify_action, window.collection_action, window.platforms_action, window.settings_action,
                   window.quit_action):
        assert action in in_menus, action.text()
    tops = [mnemonic(m.title()) for m in window.menus]
    assert None not in tops and len(set(tops)) == len(tops)
    for menu in window.menus:
        letters = [mnemonic(a.text()) for a in actions_of(menu)]
        assert None not in letters and len(set(letters)) == len(letters), menu.title()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen has no keyboard grab
def test_every_action_runs_from_the_keyboard_alone(qtbot, window):
    for menu in window.menus:
        for action in actions_of(menu):
            if action is window.quit_action:
                continue  # it would end the test's application; its menu entry and Ctrl+Q are checked above
            fired: list[bool] = []
            action.triggered.connect(lambda *_, f=fired: f.append(True))
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
            qtbot.keyClick(window, mnemonic(menu.title()), Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda m=menu: QApplication.activePopupWidget() is m, timeout=WAIT_MS)
            qtbot.keyClick(menu, mnemonic(action.text()))
            qtbot.waitUntil(lambda f=fired: bool(f), timeout=WAIT_MS)
            for dialog in window.findChildren(QDialog):
                dialog.close()
            if window.history_window is not None:
                window.history_window.close()
            if action is window.pause_action:
                action.setChecked(False)
    assert window.shutdown()


def test_tab_reaches_the_toolbar(qtbot, window):
    buttons = [b for b in window.findChildren(QToolButton) if b.isVisible() and b.defaultAction() is not None]
    assert buttons
    reached: set[QWidget] = set()
    first = buttons[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget is not None:
            reached.add(widget)
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    assert set(buttons) <= reached


def dialog_mnemonics(dialog: QWidget) -> list[str]:
    letters = []
    for w in dialog.findChildren(QWidget):
        if isinstance(w, (QAbstractButton, QLabel)) and w.isVisibleTo(dialog):
            letter = mnemonic(w.text())
            if letter is not None and (not isinstance(w, QLabel) or w.buddy() is not None):
                letters.append(letter)
    return letters


def test_dialog_mnemonics_never_collide(qtbot, tmp_path):
    export = ExportDialog(tmp_path / "h.sqlite", tmp_path / "config", [("x", "X")])
    checker = VerifyDialog("")
    settings = SettingsDialog(Settings(), tmp_path / "settings", [("x", "X")])
    for dialog in (export, checker, settings):
        qtbot.addWidget(dialog)
        letters = dialog_mnemonics(dialog)
        assert len(letters) == len(set(letters)), (type(dialog).__name__, sorted(letters))
    export.reject()


def test_toolbar_buttons_read_as_their_menu_entries_and_the_guide_names_them(window):
    """A button that opens a window shows its "…" (Qt drops it from toolbar buttons unless told), so the toolbar,
    the menus and the user guide name each action the same way."""
    from pathlib import Path
    guide = (Path(__file__).resolve().parents[1] / "docs" / "user-guide.md").read_text(encoding="utf-8")
    texts = [b.text() for b in window.findChildren(QToolButton) if b.defaultAction() is not None]
    assert "History…" in texts and "Verify a bundle…" in texts and "Collection…" in texts
    for button in window.findChildren(QToolButton):
        action = button.defaultAction()
        if action is None:
            continue
        assert button.text() == action.text().replace("&", ""), button.text()
        assert f"**{button.text()}**" in " ".join(guide.split()), button.text()
