"""Add or edit a book: its fields, the ISBN checked as it is typed, and its authors (name and
role, in order). Saving runs on the worker; a refusal names the field and keeps the dialog
open with that field focused.

The form is one a scanner cannot break (``common.forms``): an ISBN scanned into it and the
scanner's Enter move to the next field; Ctrl+Enter or Save saves. A new book whose ISBN the
catalog already has is not saved at once: the clerk is offered a copy of that book instead
(``copies_wanted``), can go back to the form, or (a librarian) save it as a new book anyway.

A new book starts at "Look up ISBN" (``lookup.LookupBar``): an ISBN scanned there and its Enter ask
the library's catalogues on the worker and fill the form from the record chosen; the clerk checks
it and saves, and the record is kept whole beside the title with its cover (fetched on the
worker when saving)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.fields import BOOK
from ...domain.values import AuthorRole, ItemType, Role
from ...services.catalog import BookView
from ...services.catalog.browse import IsbnMatch, check_isbn, hyphenate_isbn
from ...services.catalog.input import BookInput
from ...services.lookup import Hit
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.forms import wire_form
from ..common.i18n import N_, number_text, tr
from ..common.theme import status_style
from .cover import qt_shrink
from .lookup import LookupBar

NO_YEAR = 0
#: The access key of each field's label (the labels and limits themselves are ``BOOK``'s).
KEYS = {"title": "T", "subtitle": "u", "isbn": "I", "publisher": "P", "year": "Y", "edition": "E", "language": "L",
        "series": "r", "subjects": "b", "item_type": "y", "call_number": "C", "description": "D"}
#: How an author's role is shown in the Role column (the value kept is the role itself).
ROLE_TEXT = {AuthorRole.AUTHOR: N_("author"), AuthorRole.EDITOR: N_("editor"),
             AuthorRole.ILLUSTRATOR: N_("illustrator"), AuthorRole.TRANSLATOR: N_("translator"),
             AuthorRole.NARRATOR: N_("narrator"), AuthorRole.CONTRIBUTOR: N_("contributor")}


def label(name: str) -> str:
    """``BOOK[name]``'s label in the desk's language with its access key marked ("&Title *" for
    a required field; no key when the translation lacks the letter)."""
    field = BOOK[name]
    text, key = tr(field.label), KEYS.get(name)
    at = text.find(key) if key else -1
    if key and at < 0:
        at = text.lower().find(key.lower())
    marked = f"{text[:at]}&{text[at:]}" if at >= 0 else text
    return marked + (" *" if field.required else "")


class BookDialog(QDialog):
    """Edits one book. ``book`` None means a new book. ``saved_id`` is set after saving.
    ``copies_wanted(book_id)`` is emitted (and the dialog closes) when the clerk chose to add
    a copy to the book that already has the new book's ISBN."""

    copies_wanted = Signal(int)

    def __init__(self, ctx: UiContext, book: BookView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = book
        self.saved_id: int | None = None
        self.setObjectName("bookDialog")
        self.setWindowTitle(tr("Edit book") if book else tr("New book"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.hit: Hit | None = None  # the looked-up record the form was filled from
        self.lookup: LookupBar | None = None
        if book is None:
            self.lookup = LookupBar(ctx)
            self.lookup.chosen.connect(self.fill)
            form.addRow(tr("Loo&k up ISBN"), self.lookup)
        self.title = self._line(form, "title")
        self.subtitle = self._line(form, "subtitle")
        self.isbn = self._line(form, "isbn")
        self.isbn_note = QLabel()
        self.isbn_note.setObjectName("bookIsbnNote")
        self.isbn_note.setWordWrap(True)
        self.isbn_note.hide()
        form.addRow("", self.isbn_note)
        self.isbn.textChanged.connect(self._check_isbn)
        form.addRow(tr("&Authors"), self._authors_box())
        self.publisher = self._line(form, "publisher")
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(tr("unknown"))
        self._add(form, "year", self.year)
        self.edition = self._line(form, "edition")
        self.language = self._line(form, "language")
        self.language.setPlaceholderText(tr("three letters, e.g. eng"))
        self.series = self._line(form, "series")
        self.subjects = self._line(form, "subjects")
        self.subjects.setPlaceholderText(tr("separated by ;"))
        self.subjects.setMaxLength(-1)
        self.item_type = QComboBox()
        for kind in ItemType:
            self.item_type.addItem(tr(kind.label), kind.value)
        self._add(form, "item_type", self.item_type)
        self.call_number = self._line(form, "call_number")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        self._add(form, "description", self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if book:
            self._load(book)
        else:
            self.add_author("", AuthorRole.AUTHOR.value)
        self.keys = wire_form(self, self.save_button)
        if self.lookup is not None:
            self.lookup.catch_enter()
            self.lookup.field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        widget.setObjectName(f"book_{key}")
        widget.setAccessibleName(tr(BOOK[key].label))
        if BOOK[key].help:
            widget.setToolTip(tr(BOOK[key].help))
        self.fields[key] = widget
        form.addRow(label(key), widget)

    def _line(self, form: QFormLayout, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(BOOK[key].limit or 32767)
        self._add(form, key, edit)
        return edit

    def _authors_box(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.authors = QTableWidget(0, 2)
        self.authors.setObjectName("book_authors")
        self.authors.setAccessibleName(tr("Authors, in order"))
        self.authors.setHorizontalHeaderLabels([tr("Name"), tr("Role")])
        self.authors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.authors.verticalHeader().setVisible(False)
        self.authors.setFixedHeight(110)
        self.fields["authors"] = self.authors
        layout.addWidget(self.authors, 1)
        side = QVBoxLayout()
        for text, name, slot, shortcut in (
                (tr("Add"), tr("Add author"), lambda: self.add_author("", "author"), "Ctrl+Shift+A"),
                (tr("Remove"), tr("Remove author"), self._remove_author, None),
                (tr("Up"), tr("Move author up"), lambda: self._move(-1), None),
                (tr("Down"), tr("Move author down"), lambda: self._move(1), None)):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
            side.addWidget(button)
        side.addStretch(1)
        layout.addLayout(side)
        return box

    def add_author(self, name: str, role: str) -> None:
        row = self.authors.rowCount()
        self.authors.insertRow(row)
        self.authors.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for kind in AuthorRole:
            combo.addItem(tr(ROLE_TEXT[kind]), kind.value)
        combo.setCurrentIndex(max(0, combo.findData(role)))
        combo.setAccessibleName(tr("Role of author {number}").format(number=number_text(row + 1)))
        self.authors.setCellWidget(row, 1, combo)

    def _remove_author(self) -> None:
        row = self.authors.currentRow()
        if row >= 0:
            self.authors.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.authors.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.authors.rowCount():
            return
        a, b = self.author_list()[row], self.author_list()[target]
        for r, (name, role) in ((row, b), (target, a)):
            item, combo = self.authors.item(r, 0), self.authors.cellWidget(r, 1)
            if item is not None:
                item.setText(name)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(0, combo.findData(role)))
        self.authors.setCurrentCell(target, 0)

    def author_list(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.authors.rowCount()):
            item = self.authors.item(row, 0)
            combo = self.authors.cellWidget(row, 1)
            role = str(combo.currentData()) if isinstance(combo, QComboBox) else AuthorRole.AUTHOR.value
            out.append(((item.text() if item else "").strip(), role))
        return out

    def _load(self, book: BookView) -> None:
        v = book.values
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit) and key in v:
                widget.setText(str(v.get(key) or ""))
        self.isbn.setText(str(v.get("isbn13") or v.get("isbn10") or ""))
        self.year.setValue(int(v["year"]) if v.get("year") else NO_YEAR)
        kind = ItemType.parse(str(v.get("item_type") or "")) or ItemType.OTHER
        self.item_type.setCurrentIndex(max(0, self.item_type.findData(kind.value)))
        self.description.setPlainText(str(v.get("description") or ""))
        for name, role in book.authors:
            self.add_author(name, role)

    def fill(self, hit: Hit) -> None:
        """Fill the form from a looked-up record (the clerk checks it before saving)."""
        self.hit = hit
        data = hit.input
        for key in ("title", "subtitle", "isbn", "publisher", "edition", "language", "series", "call_number"):
            widget = self.fields.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(str(getattr(data, key) or ""))
        self.subjects.setText("; ".join(data.subjects))
        self.year.setValue(data.year if data.year and 0 < data.year <= 2100 else NO_YEAR)
        kind = ItemType.parse(data.item_type) or ItemType.BOOK
        self.item_type.setCurrentIndex(max(0, self.item_type.findData(kind.value)))
        self.description.setPlainText(data.description or "")
        self.authors.setRowCount(0)
        for name, role in data.authors or [("", "author")]:
            self.add_author(name, role)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- checking and saving -----------------------------------------------------------
    def _check_isbn(self, value: str) -> None:
        problem = check_isbn(value)
        self.isbn_note.setVisible(bool(value.strip()))
        if problem:
            self.isbn_note.setText(problem)
            self.isbn_note.setStyleSheet(status_style("refused", bold=False))
        else:
            self.isbn_note.setText(tr("Valid ISBN"))
            self.isbn_note.setStyleSheet(status_style("done", bold=False))

    def book_input(self) -> BookInput:
        subjects = [s.strip() for s in self.subjects.text().split(";") if s.strip()]
        return BookInput(
            title=self.title.text(), subtitle=self.subtitle.text() or None, isbn=self.isbn.text() or None,
            publisher=self.publisher.text() or None, year=self.year.value() or None,
            edition=self.edition.text() or None, language=self.language.text() or None,
            series=self.series.text() or None, subjects=subjects,
            description=self.description.toPlainText() or None,
            item_type=str(self.item_type.currentData() or ItemType.BOOK.value),
            call_number=self.call_number.text() or None, authors=[a for a in self.author_list() if a[0]],
        )

    def save(self, *, as_new_book: bool = False) -> None:
        """Save on the worker. A new book whose ISBN is already in the catalog is not saved
        but offered as a copy of that book, unless ``as_new_book`` (the clerk chose so)."""
        problem = check_isbn(self.isbn.text())
        if problem:
            self._refuse(InvalidInput(problem, field="isbn"))
            return
        data = self.book_input()
        hit = self.hit if self.book is None else None
        if hit is not None:  # what the form does not show comes from the record
            found = hit.input
            data = replace(data, series_number=found.series_number, extent=found.extent, links=found.links)
        lookup = self.ctx.services.lookup
        catalog, browse, actor, book = self.ctx.services.catalog, self.ctx.services.browse, self.ctx.actor, self.book
        look_for_isbn = book is None and not as_new_book and bool(data.isbn)
        self.save_button.setEnabled(False)

        def run() -> int | IsbnMatch:
            if look_for_isbn and data.isbn:
                same = browse.books_with_isbn(data.isbn)
                if same:
                    return same[0]
            if book is None and hit is not None:
                cover = lookup.fetch_cover(hit, shrink=qt_shrink)  # network: on the worker, before the action
                return lookup.add_book(actor, data, hit=hit, cover=cover)
            if book is None:
                return catalog.add_book(actor, data)
            catalog.edit_book(actor, book.id, data, expected_version=book.version)
            return book.id

        self.ctx.worker.submit(run, self._saved, self._refuse)

    def _saved(self, result: int | IsbnMatch) -> None:
        self.save_button.setEnabled(True)
        if isinstance(result, IsbnMatch):
            self.offer_copy(result)
            return
        self.saved_id = result
        self.ctx.events.status_message.emit(tr("Saved '{title}'").format(title=self.title.text().strip()))
        self.accept()

    def offer_copy(self, match: IsbnMatch) -> QMessageBox:
        """Ask what to do with a new book whose ISBN ``match`` already has; going back to the
        form is the default (Enter) and Escape's answer."""
        text = tr("There is already '{title}' with ISBN {isbn}. Add a copy to it instead?").format(
            title=match.title, isbn=hyphenate_isbn(match.isbn13))
        box = QMessageBox(QMessageBox.Icon.Question, tr("ISBN already in the catalog"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("duplicateIsbn")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(tr("It has 1 copy now.") if match.copies == 1
                               else tr("It has {count} copies now.").format(count=number_text(match.copies)))
        add = box.addButton(tr("&Add a copy to it"), QMessageBox.ButtonRole.YesRole)
        add.setObjectName("duplicateAddCopy")
        back = box.addButton(tr("&Back to the form"), QMessageBox.ButtonRole.NoRole)
        back.setObjectName("duplicateBack")
        anyway = None
        if self.ctx.actor.at_least(Role.LIBRARIAN):
            anyway = box.addButton(tr("&Save as a new book anyway"), QMessageBox.ButtonRole.ActionRole)
            anyway.setObjectName("duplicateSaveAnyway")
        box.setDefaultButton(back)
        box.setEscapeButton(back)

        def answered() -> None:
            chosen = box.clickedButton()
            if chosen is add:
                self.copies_wanted.emit(match.book_id)
                self.done(QDialog.DialogCode.Rejected)  # no new book: the copy is added from the catalog
            elif anyway is not None and chosen is anyway:
                self.save(as_new_book=True)
            else:
                self.isbn.setFocus(Qt.FocusReason.OtherFocusReason)
                self.isbn.selectAll()

        box.finished.connect(answered)
        box.open()
        return box

    def _refuse(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = getattr(error, "field", None)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        show_error(self, error)
