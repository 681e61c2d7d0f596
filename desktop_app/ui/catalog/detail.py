"""The catalog's detail pane: the chosen book, its copies with their status, who has each
copy and until when, and the copy actions (add copies, withdraw, mark lost, put back,
print labels)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.fields import BOOK
from ...domain.text import day
from ...domain.values import CopyStatus, ItemType
from ...services.catalog import BookView, CopyView
from ...services.catalog.browse import hyphenate_isbn
from ...services.catalog.input import CopyInput
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.rows import Column, RowListModel
from ..common.theme import scaled_font

STATUS_TEXT = {
    "available": "On the shelf", "on_loan": "On loan", "on_hold_shelf": "On the hold shelf", "lost": "Lost",
    "damaged": "Damaged", "withdrawn": "Withdrawn",
}


def copy_status_kind(copy: CopyView, today: date | None = None) -> str | None:
    today = today or date.today()
    if copy.status == CopyStatus.AVAILABLE:
        return "done"
    if copy.status == CopyStatus.ON_LOAN:
        return "refused" if copy.due_date and copy.due_date < today else None
    if copy.status == CopyStatus.ON_HOLD_SHELF:
        return "attention"
    return "refused"


def _with(c: CopyView) -> str:
    if c.borrower:
        return f"{c.borrower} ({c.borrower_card})"
    return ""


COPY_COLUMNS: list[Column[CopyView]] = [
    Column("Barcode", lambda c: c.barcode),
    Column("Status", lambda c: STATUS_TEXT.get(c.status, c.status)),
    Column("With", _with),
    Column("Due", lambda c: day(c.due_date) if c.due_date else "", sort_key=lambda c: c.due_date),
    Column("Location", lambda c: c.location or ""),
    Column("Call number", lambda c: c.call_number or ""),
]


def _kind(value: object) -> str:
    kind = ItemType.parse(str(value or ""))
    return kind.label if kind else str(value)


class CopiesModel(RowListModel[CopyView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COPY_COLUMNS, status=copy_status_kind, parent=parent)


class BookDetail(QFrame):
    """Shows one ``BookView``; emits ``print_labels(barcodes)`` for the chosen copies."""

    print_labels = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: BookView | None = None
        self.setObjectName("catalogDetail")
        self.setAccessibleName("Book details")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel("Choose a book to see its copies")
        self.title.setObjectName("catalogDetailTitle")
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("catalogDetailFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copies = CopiesModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalogCopies")
        self.table.setAccessibleName("Copies of this book")
        self.table.setModel(self.copies)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.setSortingEnabled(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            ("add", "Add &copies…", "Add copies with new barcodes"),
            ("withdraw", "&Withdraw", "Withdraw the chosen copies from the collection"),
            ("lost", "Mark l&ost", "Mark the chosen copies lost (a borrowed copy is charged to the borrower)"),
            ("back", "Put &back", "Put withdrawn, lost or damaged copies back on the shelf"),
            ("labels", "Print &labels…", "Print spine or barcode labels for the chosen copies"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"catalogCopy_{key}")
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.buttons["add"].clicked.connect(self.add_copies)
        self.buttons["withdraw"].clicked.connect(lambda: self.set_status(CopyStatus.WITHDRAWN.value))
        self.buttons["lost"].clicked.connect(lambda: self.set_status(CopyStatus.LOST.value))
        self.buttons["back"].clicked.connect(lambda: self.set_status(CopyStatus.AVAILABLE.value))
        self.buttons["labels"].clicked.connect(lambda: self.print_labels.emit(self.chosen_barcodes()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_book(None)

    # -- showing -----------------------------------------------------------------------
    def show_book(self, view: BookView | None) -> None:
        self.view = view
        for button in self.buttons.values():
            button.setEnabled(view is not None)
        if view is None:
            self.title.setText("Choose a book to see its copies")
            self.facts.setText("")
            self.copies.set_rows([])
            return
        v = view.values
        self.title.setText(str(v["title"]) + (f": {v['subtitle']}" if v.get("subtitle") else ""))
        authors = "; ".join(f"{n} ({r})" if r != "author" else n for n, r in view.authors) or "no author"
        facts = [authors,
                 " · ".join(str(x) for x in (v.get("publisher"), v.get("year"), v.get("edition")) if x),
                 " · ".join(f"{BOOK[f].label} {hyphenate_isbn(str(v[f])) if f == 'isbn13' else v[f]}"
                            for f in ("isbn13", "language", "call_number") if v.get(f)),
                 f"{BOOK['item_type'].label}: {_kind(v.get('item_type'))}"
                 + (f" · {BOOK['series'].label}: {v['series']}" if v.get("series") else ""),
                 f"{BOOK['subjects'].label}: {v['subjects']}" if v.get("subjects") else ""]
        on_shelf = sum(1 for c in view.copies if c.status == CopyStatus.AVAILABLE)
        copies = f"{len(view.copies)} copies" if len(view.copies) != 1 else "1 copy"
        facts.append(f"{copies}, {on_shelf} on the shelf"
                     + (f" · {view.holds_waiting} holds waiting" if view.holds_waiting else ""))
        self.facts.setText("\n".join(f for f in facts if f))
        self.copies.set_rows(view.copies)
        self.table.resizeColumnsToContents()

    def chosen_barcodes(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.copies.row_at(r).barcode for r in rows]

    # -- actions -----------------------------------------------------------------------
    def add_copies(self) -> None:
        if self.view is None:
            return
        count, ok = QInputDialog.getInt(self, "Add copies", f"How many new copies of '{self.view.values['title']}'?",
                                        1, 1, 100)
        if not ok:
            return
        location, ok = QInputDialog.getText(self, "Add copies", "Location (optional):")
        if not ok:
            return
        catalog, actor, book_id = self.ctx.services.catalog, self.ctx.actor, self.view.id
        copies = [CopyInput(location=location.strip() or None) for _ in range(count)]
        self.ctx.worker.submit(lambda: catalog.add_copies(actor, book_id, copies),
                               lambda codes: self._done(f"Added {len(codes)} copies: {', '.join(codes)}"),
                               lambda e: show_error(self, e))

    def set_status(self, status: str) -> None:
        barcodes = self.chosen_barcodes()
        if not barcodes:
            show_error(self, InvalidInput("Choose one or more copies in the list first"))
            return
        verb = {"withdrawn": "Withdraw", "lost": "Mark lost", "available": "Put back"}[status]
        note, ok = QInputDialog.getText(self, verb, f"{verb}: {', '.join(barcodes)}\nNote (optional):")
        if not ok:
            return
        catalog, actor = self.ctx.services.catalog, self.ctx.actor

        def run() -> int:
            for code in barcodes:
                catalog.set_copy_status(actor, code, status, note=note.strip() or None)
            return len(barcodes)

        self.ctx.worker.submit(run, lambda n: self._done(f"{verb}: {n} copies"), lambda e: show_error(self, e))

    def _done(self, message: str) -> None:
        self.ctx.events.status_message.emit(message)

