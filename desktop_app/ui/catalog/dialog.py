"""Add or edit a book: its fields, the ISBN checked as it is typed, and its authors (name and
role, in order). Saving runs on the worker; a refusal names the field and keeps the dialog
open with that field focused."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from ...domain.values import AuthorRole, ItemType
from ...services.catalog import BookView
from ...services.catalog.browse import check_isbn
from ...services.catalog.input import BookInput
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.theme import status_style

NO_YEAR = 0
#: The access key of each field's label (the labels and limits themselves are ``BOOK``'s).
KEYS = {"title": "T", "subtitle": "u", "isbn": "I", "publisher": "P", "year": "Y", "edition": "E", "language": "L",
        "series": "r", "subjects": "b", "item_type": "y", "call_number": "C", "description": "D"}


def label(name: str) -> str:
    """``BOOK[name]``'s label with its access key marked ("&Title *" for a required field)."""
    field = BOOK[name]
    text, key = field.label, KEYS.get(name)
    at = text.find(key) if key else -1
    marked = f"{text[:at]}&{text[at:]}" if at >= 0 else text
    return marked + (" *" if field.required else "")


class BookDialog(QDialog):
    """Edits one book. ``book`` None means a new book. ``saved_id`` is set after saving."""

    def __init__(self, ctx: UiContext, book: BookView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book = book
        self.saved_id: int | None = None
        self.setObjectName("bookDialog")
        self.setWindowTitle("Edit book" if book else "New book")
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.title = self._line(form, "title")
        self.subtitle = self._line(form, "subtitle")
        self.isbn = self._line(form, "isbn")
        self.isbn_note = QLabel()
        self.isbn_note.setObjectName("bookIsbnNote")
        self.isbn_note.setWordWrap(True)
        self.isbn_note.hide()
        form.addRow("", self.isbn_note)
        self.isbn.textChanged.connect(self._check_isbn)
        form.addRow("&Authors", self._authors_box())
        self.publisher = self._line(form, "publisher")
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText("unknown")
        self._add(form, "year", self.year)
        self.edition = self._line(form, "edition")
        self.language = self._line(form, "language")
        self.language.setPlaceholderText("three letters, e.g. eng")
        self.series = self._line(form, "series")
        self.subjects = self._line(form, "subjects")
        self.subjects.setPlaceholderText("separated by ;")
        self.subjects.setMaxLength(-1)
        self.item_type = QComboBox()
        for kind in ItemType:
            self.item_type.addItem(kind.label, kind.value)
        self._add(form, "item_type", self.item_type)
        self.call_number = self._line(form, "call_number")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
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

    # -- building ----------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        widget.setObjectName(f"book_{key}")
        widget.setAccessibleName(BOOK[key].label)
        if BOOK[key].help:
            widget.setToolTip(BOOK[key].help)
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
        self.authors.setAccessibleName("Authors, in order")
        self.authors.setHorizontalHeaderLabels(["Name", "Role"])
        self.authors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.authors.verticalHeader().setVisible(False)
        self.authors.setFixedHeight(110)
        self.fields["authors"] = self.authors
        layout.addWidget(self.authors, 1)
        side = QVBoxLayout()
        for text, slot, shortcut in (("Add", lambda: self.add_author("", "author"), "Ctrl+Shift+A"),
                                     ("Remove", self._remove_author, None), ("Up", lambda: self._move(-1), None),
                                     ("Down", lambda: self._move(1), None)):
            button = QPushButton(text)
            button.setAccessibleName(f"{text} author")
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
        combo.addItems([r.value for r in AuthorRole])
        combo.setCurrentText(role)
        combo.setAccessibleName(f"Role of author {row + 1}")
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
                combo.setCurrentText(role)
        self.authors.setCurrentCell(target, 0)

    def author_list(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.authors.rowCount()):
            item = self.authors.item(row, 0)
            combo = self.authors.cellWidget(row, 1)
            role = combo.currentText() if isinstance(combo, QComboBox) else "author"
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

    # -- checking and saving -----------------------------------------------------------
    def _check_isbn(self, value: str) -> None:
        problem = check_isbn(value)
        self.isbn_note.setVisible(bool(value.strip()))
        if problem:
            self.isbn_note.setText(problem)
            self.isbn_note.setStyleSheet(status_style("refused", bold=False))
        else:
            self.isbn_note.setText("Valid ISBN")
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

    def save(self) -> None:
        problem = check_isbn(self.isbn.text())
        if problem:
            self._refuse(InvalidInput(problem, field="isbn"))
            return
        data = self.book_input()
        catalog, actor, book = self.ctx.services.catalog, self.ctx.actor, self.book
        self.save_button.setEnabled(False)

        def run() -> int:
            if book is None:
                return catalog.add_book(actor, data)
            catalog.edit_book(actor, book.id, data, expected_version=book.version)
            return book.id

        self.ctx.worker.submit(run, self._saved, self._refuse)

    def _saved(self, book_id: int) -> None:
        self.saved_id = book_id
        self.save_button.setEnabled(True)
        self.ctx.events.status_message.emit(f"Saved '{self.title.text().strip()}'")
        self.accept()

    def _refuse(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = getattr(error, "field", None)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        show_error(self, error)
