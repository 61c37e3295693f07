"""The first-run screen: what Vantage does, what it keeps on this computer, and what it sends (only the probes)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.system import paths


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Vantage"))
        title = QLabel(f"<h2>{self.tr('Welcome to Vantage')}</h2>")
        what = QLabel(self.tr(
            "<b>What it does.</b> Vantage measures, from this computer, whether platforms such as X, YouTube, "
            "WhatsApp and Facebook work, and when they do not, how they are blocked: by DNS, by IP, by resets, "
            "by filtering their names, with a blockpage, by throttling, or by a full shutdown."))
        stores = QLabel(self.tr(
            "<b>What it stores.</b> Every measurement stays on this computer, in a history that only you can "
            "read ({0}). Nothing leaves it unless you export evidence yourself.").format(paths.data_dir()))
        sends = QLabel(self.tr(
            "<b>What it sends.</b> Nothing, anywhere, except the probes themselves: DNS lookups, connections "
            "to the platforms it measures, and the operating systems' connectivity checks. It can also ask a "
            "public service for your public IP address and network, to record which network you measured "
            "from:"))
        for label in (what, stores, sends):
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
        for w in (title, what, stores, sends, self.ip_box):
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
