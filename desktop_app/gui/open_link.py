"""Opens a link or a folder with the system's browser or file manager, and says so when there is none.

QDesktopServices.openUrl returns False when nothing can open the URL (no browser, no file manager, a bare
desktop): the person then gets a window that says it and shows the address, selectable, to copy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.gui.localtext import ltr


def open_or_show(url: QUrl, parent: QWidget | None, opener: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 ) -> QMessageBox | None:
    """Open the URL; when nothing can, show (non-modally) where it points and return that message."""
    if opener(url):
        return None
    where = url.toLocalFile() if url.isLocalFile() else url.toString()
    if url.isLocalFile():
        text = QCoreApplication.translate("OpenLink", "No file manager could open this folder. Its path is:")
    else:
        text = QCoreApplication.translate("OpenLink", "No web browser could open this link. Copy it into one:")
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("OpenLink", "Could not open"),
                      f"{text}\n\n{ltr(where)}", QMessageBox.StandardButton.Close, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
