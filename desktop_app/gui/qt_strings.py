"""Qt's own button words, marked so our catalogue carries them for languages Qt ships no translation of (Urdu).

Qt translates standard buttons (OK, Cancel, Close…) in its "QPlatformTheme" context from qtbase_<lang>.qm; there
is no qtbase_ur, so without these entries Urdu dialogs kept English buttons. Never called: lupdate reads them.
"""

from __future__ import annotations

from desktop_app.common.translatable import QT_TRANSLATE_NOOP

BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)
