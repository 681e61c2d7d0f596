"""Scans reach the desk whatever has focus on the Desk tab.

A key typed where no text goes (a loan clicked in the list, a button reached with Tab) goes
on in the scan field; a scanner burst typed into another field over the desk (the reason of
an override, a dialog) is taken back out of it and handled as a scan. Up and Down in the scan
field move through the member's loans, so Ctrl+R renews one without the mouse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ..common.scanner import ENTER_KEYS, BurstDetector, is_text_input, typed_char

if TYPE_CHECKING:
    from .tab import DeskTab


class DeskKeys(QObject):
    """Installed on the application while the desk exists (see ``DeskTab``)."""

    def __init__(self, desk: DeskTab) -> None:
        super().__init__(desk)
        self.desk = desk
        self.bursts = BurstDetector(self, watch=self._over_desk)
        self.bursts.scanned.connect(lambda code, _field: desk.submit_code(code))

    def _over_desk(self, widget: QWidget) -> bool:
        """``widget`` belongs to the desk: a widget of the Desk tab or of a dialog the desk opened
        (a dialog of another tab, opened from the menu while the Desk shows, is not the desk's).
        A field that takes codes itself says so with the property ``takes_scans``."""
        if widget is self.desk.scan or not self.desk.isVisible() or widget.property("takes_scans"):
            return False
        node: QWidget | None = widget
        while node is not None:
            if node is self.desk:
                return True
            node = node.parentWidget()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        desk = self.desk
        if obj is desk.scan:
            return self._in_scan_field(event)
        if not desk.isVisible() or not isinstance(obj, QWidget):
            return False
        if not is_text_input(obj) and obj.window() is desk.window():  # (a modal over it takes the keys itself)
            char = typed_char(event)
            if char:
                desk.scan.setFocus()
                desk.scan.insert(char)
                return True
            if event.key() in ENTER_KEYS and (desk.scan.text() or desk.offer is not None):
                desk.scan.setFocus()
                desk.submit_scan()  # an empty scan field with a question pending: yes to it
                return True
            return False
        return self.bursts.eventFilter(obj, event)

    def _in_scan_field(self, event: QKeyEvent) -> bool:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in (Qt.Key.Key_Up, Qt.Key.Key_Down) or not plain:
            return False
        view = self.desk.member.loans_view
        rows = view.model().rowCount()
        if not rows or not view.isVisible():
            return False
        current = view.selectionModel().selectedRows()
        row = current[0].row() if current else (-1 if event.key() == Qt.Key.Key_Down else rows)
        row = max(0, min(rows - 1, row + (1 if event.key() == Qt.Key.Key_Down else -1)))
        index = view.model().index(row, 0)
        view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        return True
