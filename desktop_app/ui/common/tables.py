"""The tabs of the staff main window. Each is a QWidget built as ``Tab(ctx, parent)``.

Shared helpers for the tabs live here: tables set up the same way everywhere (uniform row
heights, no resizing over all rows) and column layouts remembered per user.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...config import table_layout
from .context import UiContext


def make_table(name: str, accessible: str, parent: QWidget | None = None) -> QTableView:
    """A read-only row-selecting table with fixed row heights (cheap at any row count).
    ``accessible`` is its accessible name, already translated (``tr("...")``)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table (reading order), arrows move inside
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(48)
    return table


def set_widths(table: QTableView, widths: list[int]) -> None:
    """Initial column widths in characters of the table's font, each at least as wide as its
    header (a translated header may be longer than the English one)."""
    unit = table.fontMetrics().horizontalAdvance("n")
    header = table.horizontalHeader()
    model = table.model()
    for column, chars in enumerate(widths):
        title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
        needed = header.fontMetrics().horizontalAdvance(str(title)) + 24 if title else 0  # room for the sort arrow
        table.setColumnWidth(column, max(chars * unit + 16, needed))


def remember_header(ctx: UiContext, table: QTableView, name: str) -> None:
    """Restore the table's column layout for this user and save it whenever it changes."""
    header = table.horizontalHeader()
    key = table_layout(name)
    saved = ctx.settings.get(key, ctx.actor.username)
    if isinstance(saved, str):
        header.restoreState(QByteArray.fromBase64(saved.encode("ascii")))
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(700)

    def save() -> None:
        try:
            ctx.settings.set(key, bytes(header.saveState().toBase64().data()).decode("ascii"), ctx.actor.username)
        except OSError:
            pass  # layout memory is a convenience; never fail the user over it

    timer.timeout.connect(save)
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())
