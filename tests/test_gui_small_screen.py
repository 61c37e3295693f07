"""At 1280×720 (the smallest laptop screen we design for) the main window and History fit, and every control
is inside the window, none pushed off its edge."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateTimeEdit, QLabel, QProgressBar, QWidget

from desktop_app.gui.history.view import HistoryWindow
from desktop_app.gui.window_size import fit_size, fit_to_screen

SCREEN = QRect(0, 0, 1280, 720)
CONTROLS = (QAbstractButton, QComboBox, QDateTimeEdit, QLabel, QProgressBar)


def assert_every_control_visible(window: QWidget) -> None:
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height()
    inside = window.rect()
    shown = [w for w in window.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(window)
             and w.window() is window and w.width() > 0]
    assert shown
    for widget in shown:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        assert inside.contains(rect), f"{type(widget).__name__} {widget.objectName() or widget.text() if hasattr(widget, 'text') else ''} at {rect} is outside {inside}"  # noqa: E501


def test_fit_size_shrinks_to_the_screen_but_not_below_the_minimum():
    assert fit_size(QSize(1200, 820), SCREEN, QSize(600, 400)) == QSize(1200, 676)
    assert fit_size(QSize(800, 500), SCREEN, QSize(600, 400)) == QSize(800, 500)
    assert fit_size(QSize(1200, 820), QRect(0, 0, 500, 300), QSize(600, 400)) == QSize(600, 400)


def test_the_main_window_fits_1280_by_720(qtbot, idle_main_window):
    main_window = idle_main_window
    fit_to_screen(main_window, QSize(1200, 760), SCREEN)
    main_window.show()
    main_window.progress.show()  # shown while a sweep runs: it must fit too
    qtbot.waitExposed(main_window)
    assert_every_control_visible(main_window)


def test_history_fits_1280_by_720(qtbot, tmp_path):
    window = HistoryWindow(tmp_path / "history.sqlite", [("x", "X"), ("youtube", "YouTube")], {})
    qtbot.addWidget(window)
    fit_to_screen(window, QSize(1200, 820), SCREEN)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert_every_control_visible(window)
        # the inline message of a refused range (From after To) also fits beside the status
        window.since_edit.setDateTime(window.until_edit.dateTime().addDays(2))
        window.since_edit.editingFinished.emit()
        assert window.range_error.isVisible()
        assert_every_control_visible(window)
    finally:
        window.close()
        assert window.host.stop()
