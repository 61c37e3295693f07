"""The first-run screen: what Vantage does, what it keeps on this computer, and what it sends (only the probes)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.app.settings import Settings
from desktop_app.gui.localtext import html_dir, ltr, number
from desktop_app.gui.open_link import open_or_show
from desktop_app.gui.style import human_bytes
from desktop_app.system import paths

# Measured in the lab (docs/methodology.md, "Data use"): a sweep of the default platforms moves about 1.25 MB, and
# the sweep that also downloads the throughput files about 6.3 MB more (loopback's large packets make both
# upper bounds). The status bar and Settings → Frugality show the real figure of each sweep once measuring starts.
SWEEP_BYTES_ESTIMATE = 1_250_000
SPEED_BYTES_ESTIMATE = 6_300_000
GUIDE_SECTION = "staying-safe"


def guide_url() -> QUrl:
    """The user guide's "Staying safe" section, in the docs beside the resources."""
    url = QUrl.fromLocalFile(str(paths.resources_dir().parent / "docs" / "user-guide.md"))
    url.setFragment(GUIDE_SECTION)
    return url


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        settings = settings or Settings()
        self.setWindowTitle(self.tr("Welcome to Vantage"))
        title = QLabel(f"<h2{html_dir()}>{self.tr('Welcome to Vantage')}</h2>")
        what = QLabel(self.tr(
            "<b>What it does.</b> Vantage measures, from this computer, whether platforms such as X, YouTube, "
            "WhatsApp and Facebook work, and when they do not, how they are blocked: by DNS, by IP, by resets, "
            "by filtering their names, with a blockpage, by throttling, or by a full shutdown."))
        stores = QLabel(self.tr(
            "<b>What it stores.</b> Every measurement stays on this computer, in a history that only you can "
            "read ({0}). Nothing leaves it unless you export evidence yourself.").format(ltr(str(paths.data_dir()))))
        sends = QLabel(self.tr(
            "<b>What it sends.</b> Nothing, anywhere, except the probes themselves: DNS lookups, connections "
            "to the platforms it measures, and the operating systems' connectivity checks. It can also ask a "
            "public service for your public IP address and network, to record which network you measured "
            "from."))
        resolvers = ", ".join(ltr(host_of(u)) for u in settings.doh_urls)
        contacts = QLabel(self.tr(
            "<b>What else it contacts.</b> Independent encrypted DNS resolvers ({0}), to recognise forged DNS "
            "answers; and, if you leave the box below ticked, {1} for your public IP address.")
            .format(resolvers, ltr(host_of(settings.ip_lookup_url))))
        speed_every_s = max(settings.interval_s, settings.throughput_every_min * 60)
        per_day = (SWEEP_BYTES_ESTIMATE * 86400 // max(1, settings.interval_s)
                   + SPEED_BYTES_ESTIMATE * 86400 // speed_every_s)
        cap = (self.tr("a daily cap of {0}").format(human_bytes(settings.daily_cap_mb * 1_000_000))
               if settings.daily_cap_mb else self.tr("no daily cap (set one in Settings → Frugality)"))
        data = QLabel(self.tr(
            "<b>Data use.</b> Up to about {0} per sweep, and {1} more when the download speed is measured (every "
            "{2} min); at one sweep every {3} min that is up to {4} a day, with {5}.").format(
                human_bytes(SWEEP_BYTES_ESTIMATE), human_bytes(SPEED_BYTES_ESTIMATE),
                number(max(settings.interval_s, settings.throughput_every_min * 60) // 60),
                number(settings.interval_s // 60), human_bytes(per_day), cap))
        safe = QLabel(self.tr('<b>Probing can be noticed</b> by anyone watching your connection. Read '
                              '<a href="guide">Staying safe</a> in the user guide before you start.'))
        safe.linkActivated.connect(lambda _link: open_or_show(guide_url(), self))
        for label in (what, stores, sends, contacts, data, safe):
            label.setWordWrap(True)
        self.ip_box = QCheckBox(self.tr("&Look up my public IP address and network"))
        self.ip_box.setChecked(True)
        buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start measuring"))
        self.start_button.setDefault(True)
        quit_button = QPushButton(self.tr("&Quit"))
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (title, what, stores, sends, contacts, data, safe, self.ip_box):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    @property
    def ip_lookup(self) -> bool:
        return self.ip_box.isChecked()

    @ip_lookup.setter
    def ip_lookup(self, value: bool) -> None:
        self.ip_box.setChecked(value)

    @property
    def text(self) -> str:
        return " ".join(label.text() for label in self.findChildren(QLabel))
