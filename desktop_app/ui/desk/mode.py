"""The desk's mode switch: Lend (F2), Return (F3), Renew (F4), as one row of toggle buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ..common.i18n import N_, tr
from .actions import LEND, MODES, RENEW, RETURN
from .keys import key_of

LABELS = {LEND: (N_("Lend"), key_of("lend_mode")), RETURN: (N_("Return"), key_of("return_mode")),
          RENEW: (N_("Renew"), key_of("renew_mode"))}


class ModeBar(QWidget):
    """Exclusive toggle buttons; ``mode()`` is one of lend / return / renew."""

    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskMode")
        self.setAccessibleName(tr("Desk mode"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        #: Counts mode changes: a scan carries the epoch it was made in, so the worker can tell
        #: a book scanned right after a member card (same epoch: lend it) from one scanned after
        #: the clerk chose another mode.
        self.epoch = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for mode in MODES:
            label, key = LABELS[mode]
            text = tr(label)
            button = QPushButton(tr("{mode}  ({key})").format(mode=text, key=key), objectName=f"deskMode_{mode}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tr("{mode} mode, key {key}").format(mode=text, key=key))
            button.setToolTip(tr("{mode} mode ({key})").format(mode=text, key=key))
            button.setMinimumHeight(34)
            self.group.addButton(button)
            self.buttons[mode] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, m=mode: self._toggled(on, m))
        self.buttons[LEND].setChecked(True)
        self.setStyleSheet("QPushButton { padding: 4px 12px; }"
                           "QPushButton:checked { background-color: palette(highlight); "
                           "color: palette(highlighted-text); border-radius: 3px; }")

    def _toggled(self, on: bool, mode: str) -> None:
        if on:
            self.epoch += 1
            self.mode_changed.emit(mode)

    def mode(self) -> str:
        for mode, button in self.buttons.items():
            if button.isChecked():
                return mode
        return LEND

    def set_mode(self, mode: str) -> None:
        if mode not in self.buttons:
            raise ValueError(f"unknown desk mode {mode!r}")
        self.buttons[mode].setChecked(True)
