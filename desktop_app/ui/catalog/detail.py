"""The catalog's detail pane: the chosen book, its copies with their status, who has each
copy and until when, and the copy actions (add copies with scanned labels or generated
barcodes, edit a copy, withdraw, mark lost, put back, print labels; under More: damaged, in
repair, reference, and delete of withdrawn copies)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput, LibraryError
from ...domain.fields import BOOK
from ...domain.values import CopyStatus, ItemType
from ...services.catalog import BookView, CopyView
from ...services.catalog.browse import hyphenate_isbn
from ..common import forms
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, day_text, number_text, tr
from ..common.rows import Column, RowListModel
from ..common.theme import scaled_font
from .copy_dialog import AddCopiesDialog, CopyEditDialog
from .cover import CoverBox

STATUS_TEXT = {  # shown as tr(text)
    "available": N_("On the shelf"), "on_loan": N_("On loan"), "on_hold_shelf": N_("On the hold shelf"),
    "lost": N_("Lost"), "damaged": N_("Damaged"), "withdrawn": N_("Withdrawn"),
    "in_repair": N_("In repair"), "not_for_loan": N_("Reference: not for loan"),
}
#: What the clerk is asked and told for each copy status action, by the status it sets.
STATUS_ACTION = {"withdrawn": N_("Withdraw"), "lost": N_("Mark lost"), "available": N_("Put back"),
                 "damaged": N_("Mark damaged"), "in_repair": N_("Send to repair"),
                 "not_for_loan": N_("Make reference (not for loan)")}


def copy_status_kind(copy: CopyView, today: date | None = None) -> str | None:
    today = today or date.today()
    if copy.status == CopyStatus.AVAILABLE:
        return "done"
    if copy.status == CopyStatus.ON_LOAN:
        return "refused" if copy.due_date and copy.due_date < today else None
    if copy.status == CopyStatus.ON_HOLD_SHELF:
        return "attention"
    return "refused"


def _status(c: CopyView) -> str:
    return tr(STATUS_TEXT[c.status]) if c.status in STATUS_TEXT else c.status


def _with(c: CopyView) -> str:
    if c.borrower:
        return f"{c.borrower} ({c.borrower_card})"
    return ""


COPY_COLUMNS: list[Column[CopyView]] = [
    Column(N_("Barcode"), lambda c: c.barcode),
    Column(N_("Status"), _status),
    Column(N_("With"), _with),
    Column(N_("Due"), lambda c: day_text(c.due_date) if c.due_date else "", sort_key=lambda c: c.due_date),
    Column(N_("Location"), lambda c: c.location or ""),
    Column(N_("Call number"), lambda c: c.call_number or ""),
]


def _kind(value: object) -> str:
    kind = ItemType.parse(str(value or ""))
    return tr(kind.label) if kind else str(value)


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
        self.setAccessibleName(tr("Book details"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(tr("Choose a book to see its copies"))
        self.title.setObjectName("catalogDetailTitle")
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("catalogDetailFacts")
        self.facts.setProperty("i18n", "data")  # the book's facts; its few words go through tr()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copies = CopiesModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalogCopies")
        self.table.setAccessibleName(tr("Copies of this book"))
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
            ("add", tr("Add &copies…"), tr("Add copies with scanned labels or new barcodes")),
            ("edit", tr("E&dit copy…"), tr("Change the chosen copy's barcode, call number, location, price or notes")),
            ("withdraw", tr("&Withdraw"), tr("Withdraw the chosen copies from the collection")),
            ("lost", tr("Mark l&ost"),
             tr("Mark the chosen copies lost (a borrowed copy is charged to the borrower)")),
            ("back", tr("Put &back"), tr("Put withdrawn, lost or damaged copies back on the shelf")),
            ("labels", tr("&Print labels…"), tr("Print spine or barcode labels for the chosen copies")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"catalogCopy_{key}")
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            buttons.addWidget(button)
            self.buttons[key] = button
        more = QToolButton()
        more.setObjectName("catalogCopy_more")
        more.setText(tr("&More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        self.more_actions: dict[str, QAction] = {}
        for status in ("damaged", "in_repair", "not_for_loan"):
            act = menu.addAction(tr(STATUS_ACTION[status]))
            act.triggered.connect(lambda _=False, st=status: self.set_status(st))
            self.more_actions[status] = act
        menu.addSeparator()
        self.more_actions["delete"] = menu.addAction(tr("Delete withdrawn copies…"))
        self.more_actions["delete"].triggered.connect(self.delete_copies)
        more.setMenu(menu)
        buttons.addWidget(more)
        self.more = more
        buttons.addStretch(1)
        self.buttons["add"].clicked.connect(self.add_copies)
        self.buttons["edit"].clicked.connect(self.edit_copy)
        self.table.doubleClicked.connect(lambda *_: self.edit_copy())
        self.buttons["withdraw"].clicked.connect(lambda: self.set_status(CopyStatus.WITHDRAWN.value))
        self.buttons["lost"].clicked.connect(lambda: self.set_status(CopyStatus.LOST.value))
        self.buttons["back"].clicked.connect(lambda: self.set_status(CopyStatus.AVAILABLE.value))
        self.buttons["labels"].clicked.connect(lambda: self.print_labels.emit(self.chosen_barcodes()))
        self.cover = CoverBox(ctx, self)
        layout = QVBoxLayout(self)
        top, words = QHBoxLayout(), QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.facts)
        words.addStretch(1)
        top.addLayout(words, 1)
        top.addWidget(self.cover)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_book(None)

    # -- showing -----------------------------------------------------------------------
    def show_book(self, view: BookView | None) -> None:
        self.view = view
        if self.cover.book_id != (view.id if view else None):
            self.cover.show_book(view.id if view else None)
        for button in self.buttons.values():
            button.setEnabled(view is not None)
        self.more.setEnabled(view is not None)
        self.title.setProperty("i18n", "data" if view is not None else None)
        if view is None:
            self.title.setText(tr("Choose a book to see its copies"))
            self.facts.setText("")
            self.copies.set_rows([])
            return
        v = view.values
        self.title.setText(str(v["title"]) + (f": {v['subtitle']}" if v.get("subtitle") else ""))
        authors = "; ".join(f"{n} ({r})" if r != "author" else n for n, r in view.authors) or tr("no author")
        # A field's label beside its value ("ISBN 978-…", "Series: …"): a label and data, no sentence.
        facts = [authors,
                 " · ".join(str(x) for x in (v.get("publisher"), v.get("year"), v.get("edition")) if x),
                 " · ".join(f"{tr(BOOK[f].label)} {hyphenate_isbn(str(v[f])) if f == 'isbn13' else v[f]}"
                            for f in ("isbn13", "language", "call_number") if v.get(f)),
                 f"{tr(BOOK['item_type'].label)}: {_kind(v.get('item_type'))}"
                 + (f" · {tr(BOOK['series'].label)}: {v['series']}" if v.get("series") else ""),
                 f"{tr(BOOK['subjects'].label)}: {v['subjects']}" if v.get("subjects") else ""]
        on_shelf = number_text(sum(1 for c in view.copies if c.status == CopyStatus.AVAILABLE))
        if len(view.copies) == 1:
            stock = [tr("1 copy, {shelf} on the shelf").format(shelf=on_shelf)]
        else:
            stock = [tr("{count} copies, {shelf} on the shelf").format(count=number_text(len(view.copies)),
                                                                       shelf=on_shelf)]
        if view.holds_waiting == 1:
            stock.append(tr("1 hold waiting"))
        elif view.holds_waiting:
            stock.append(tr("{count} holds waiting").format(count=number_text(view.holds_waiting)))
        facts.append(" · ".join(stock))
        self.facts.setText("\n".join(f for f in facts if f))
        self.copies.set_rows(view.copies)
        self.table.resizeColumnsToContents()

    def chosen_barcodes(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.copies.row_at(r).barcode for r in rows]

    # -- actions -----------------------------------------------------------------------
    def add_copies(self) -> AddCopiesDialog | None:
        if self.view is None:
            return None
        dialog = AddCopiesDialog(self.ctx, self.view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_copy(self) -> CopyEditDialog | None:
        barcodes = self.chosen_barcodes()
        if len(barcodes) != 1:
            show_error(self, InvalidInput(tr("Choose one copy in the list to edit")))
            return None
        try:
            detail = self.ctx.services.catalog.copy_detail(self.ctx.actor, barcodes[0])
        except LibraryError as exc:
            show_error(self, exc)
            return None
        dialog = CopyEditDialog(self.ctx, detail, self,
                                status_text=tr(STATUS_TEXT[detail.status]) if detail.status in STATUS_TEXT else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_copies(self) -> None:
        barcodes = self.chosen_barcodes()
        if not barcodes:
            show_error(self, InvalidInput(tr("Choose one or more copies in the list first")))
            return
        verb = tr("Delete copies")
        if not forms.confirm_destructive(self, title=verb, text=tr(
                "Delete {barcodes} for good? Only withdrawn copies that were never lent can be deleted.").format(
                barcodes=", ".join(barcodes)), action=verb, safe=tr("Cancel")):
            return
        catalog, actor = self.ctx.services.catalog, self.ctx.actor

        def run() -> int:
            for code in barcodes:
                catalog.delete_copy(actor, code)
            return len(barcodes)

        self.ctx.worker.submit(run, lambda n: self._done(tr("Deleted {count} copies").format(count=number_text(n))),
                               lambda e: show_error(self, e))

    def set_status(self, status: str) -> None:
        barcodes = self.chosen_barcodes()
        if not barcodes:
            show_error(self, InvalidInput(tr("Choose one or more copies in the list first")))
            return
        verb = tr(STATUS_ACTION[status])
        # a confirmation whose safe answer is the default: a stray Enter withdraws nothing
        note = forms.ask_reason(self, title=verb, text=tr("{action}: {barcodes}").format(
            action=verb, barcodes=", ".join(barcodes)), label=tr("&Note (optional):"), action=verb, safe=tr("Cancel"))
        if note is None:
            return
        catalog, actor = self.ctx.services.catalog, self.ctx.actor

        def run() -> int:
            for code in barcodes:
                catalog.set_copy_status(actor, code, status, note=note or None)
            return len(barcodes)

        self.ctx.worker.submit(run, lambda n: self._done(tr("{action}: {count} copies").format(
            action=verb, count=number_text(n))), lambda e: show_error(self, e))

    def _done(self, message: str) -> None:
        self.ctx.events.status_message.emit(message)

