"""Bulk edit of copies from the Catalog tab (librarians): the copies of the titles the search
found, or a list of scanned barcodes; a new location, a call number prefix replaced, a status or
an item type. "Preview" shows every change and every refusal before anything is written;
"Apply" writes them on the worker with a progress bar, each change audited and synced like one
made by hand (``services.catalog.bulk``)."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LibraryError
from ...domain.values import ItemType
from ...services.catalog.bulk import STATUSES, BulkChange, BulkPlan, BulkResult
from ..common import forms
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, number_text, tr
from ..common.theme import status_style
from .copy_dialog import location_box
from .detail import STATUS_TEXT

FIELD_TEXT = {"location": N_("Location"), "call_number": N_("Call number"), "status": N_("Status"),
              "item_type": N_("Item type")}
#: Rows of the preview shown at most (the counts are always whole).
PREVIEW_ROWS = 2000


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class BulkEditDialog(QDialog):
    def __init__(self, ctx: UiContext, found_ids: array | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found_ids = array("q", found_ids or [])
        self.plan: BulkPlan | None = None
        self.planned: tuple[list[str], BulkChange] | None = None
        self.outcome: BulkResult | None = None
        self.setObjectName("bulkEdit")
        self.setWindowTitle(tr("Bulk edit copies"))
        self.setMinimumSize(760, 560)

        self.from_search = QRadioButton(tr("The copies of the {count} titles found").format(
            count=number_text(len(self.found_ids))))
        self.from_search.setObjectName("bulkFromSearch")
        self.from_scans = QRadioButton(tr("&Scanned barcodes, one a line:"))
        self.from_scans.setObjectName("bulkFromScans")
        self.scans = QPlainTextEdit()
        self.scans.setObjectName("bulkScans")
        self.scans.setAccessibleName(tr("Barcodes of the copies to change"))
        self.scans.setMaximumHeight(110)
        (self.from_search if len(self.found_ids) else self.from_scans).setChecked(True)
        self.from_search.setEnabled(len(self.found_ids) > 0)

        self.use_location = QCheckBox(tr("&Location"))
        self.location = location_box(ctx)
        self.location.setObjectName("bulkLocation")
        self.use_prefix = QCheckBox(tr("Call number &prefix"))
        self.old_prefix = QLineEdit()
        self.old_prefix.setObjectName("bulkOldPrefix")
        self.old_prefix.setPlaceholderText(tr("e.g. FIC"))
        self.new_prefix = QLineEdit()
        self.new_prefix.setObjectName("bulkNewPrefix")
        self.new_prefix.setPlaceholderText(tr("e.g. F"))
        self.use_status = QCheckBox(tr("S&tatus"))
        self.status = QComboBox()
        self.status.setObjectName("bulkStatus")
        for value in STATUSES:
            self.status.addItem(tr(STATUS_TEXT.get(value, value)), value)
        self.use_item_type = QCheckBox(tr("&Item type of the titles"))
        self.item_type = QComboBox()
        self.item_type.setObjectName("bulkItemType")
        for kind in ItemType:
            self.item_type.addItem(tr(kind.label), kind.value)
        for box in (self.use_location, self.use_status, self.use_item_type):
            box.toggled.connect(self._forget_plan)
        for widget in (self.location, self.status, self.item_type):
            widget.currentIndexChanged.connect(self._forget_plan)
        self.location.editTextChanged.connect(self._forget_plan)
        for line in (self.old_prefix, self.new_prefix):
            line.textChanged.connect(self._forget_plan)
        self.use_prefix.toggled.connect(self._forget_plan)
        self.scans.textChanged.connect(self._forget_plan)
        self.from_search.toggled.connect(self._forget_plan)

        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.old_prefix)
        prefix_row.addWidget(QLabel("→"))
        prefix_row.addWidget(self.new_prefix)
        form = QFormLayout()
        form.addRow(self.use_location, self.location)
        form.addRow(self.use_prefix, prefix_row)
        form.addRow(self.use_status, self.status)
        form.addRow(self.use_item_type, self.item_type)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("bulkPreview")
        self.table.setAccessibleName(tr("What would change"))
        self.table.setHorizontalHeaderLabels([tr("Barcode"), tr("Title"), tr("Field"), tr("Before"), tr("After")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(tr("Choose the copies and what to change, then Preview."))
        self.summary.setObjectName("bulkSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("bulkProgress")
        self.progress.hide()
        self.preview_button = QPushButton(tr("Pre&view"))
        self.preview_button.setObjectName("bulkPreviewButton")
        self.preview_button.clicked.connect(self.preview)
        self.apply_button = QPushButton(tr("&Apply"))
        self.apply_button.setObjectName("bulkApply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.preview_button, self.apply_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.from_search)
        layout.addWidget(self.from_scans)
        layout.addWidget(self.scans)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

    # -- what is asked -----------------------------------------------------------------
    def change(self) -> BulkChange:
        return BulkChange(
            location=self.location.currentText().strip() if self.use_location.isChecked() else None,
            call_prefix=(self.old_prefix.text(), self.new_prefix.text()) if self.use_prefix.isChecked() else None,
            status=self.status.currentData() if self.use_status.isChecked() else None,
            item_type=self.item_type.currentData() if self.use_item_type.isChecked() else None)

    def _forget_plan(self, *_args: object) -> None:
        self.plan = self.planned = None
        self.apply_button.setEnabled(False)

    def _say(self, text: str, kind: str | None = None) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(status_style(kind, bold=False) if kind else "")

    # -- preview -----------------------------------------------------------------------
    def preview(self) -> None:
        bulk, actor = self.ctx.services.bulk, self.ctx.actor
        search_ids, change = array("q", self.found_ids), self.change()
        scanned = None if self.from_search.isChecked() else self.scans.toPlainText().splitlines()

        def job() -> tuple[list[str], BulkChange, BulkPlan]:
            codes = bulk.barcodes_of_books(search_ids) if scanned is None else scanned
            return codes, change, bulk.plan(actor, codes, change)

        self.preview_button.setEnabled(False)
        self._say(tr("Working out what would change…"))
        self.ctx.worker.submit(job, self._previewed, self._failed)

    def _previewed(self, answer: tuple[list[str], BulkChange, BulkPlan]) -> None:
        codes, change, plan = answer
        self.preview_button.setEnabled(True)
        self.plan, self.planned = plan, (codes, change)
        rows: list[tuple[str, str, str, str, str, str | None]] = [
            (x.barcode, x.title, tr(FIELD_TEXT[x.field]), self._value(x.field, x.before),
             self._value(x.field, x.after), None) for x in plan.lines]
        rows += [(r.barcode, r.title, tr("refused"), r.reason, "", "refused") for r in plan.refusals]
        shown = rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, (*cells, kind) in enumerate(shown):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value or ""))
                if kind:
                    item.setToolTip(str(cells[3]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        text = tr("{copies} copies: {changing} would change, {same} are so already, {refused} refused.").format(
            copies=number_text(plan.copies), changing=number_text(plan.changing), same=number_text(plan.unchanged),
            refused=number_text(len(plan.refusals)))
        if len(rows) > len(shown):
            text += " " + tr("The first {count} lines are shown.").format(count=number_text(len(shown)))
        self._say(text, "attention" if plan.refusals else None)
        self.apply_button.setEnabled(plan.changing > 0)

    @staticmethod
    def _value(field: str, value: str | None) -> str:
        if value is None:
            return ""
        if field == "status":
            return tr(STATUS_TEXT.get(value, value))
        if field == "item_type":
            kind = ItemType.parse(value)
            return tr(kind.label) if kind else value
        return value

    # -- apply -------------------------------------------------------------------------
    def apply(self, *, confirm: bool = True) -> None:
        if self.plan is None or self.planned is None:
            return
        codes, change = self.planned
        if confirm and not forms.confirm_destructive(
                self, title=tr("Bulk edit copies"),
                text=tr("Change {count} copies as the preview shows? Each change is recorded and synced.").format(
                    count=number_text(self.plan.changing)), action=tr("&Apply"), safe=tr("Cancel")):
            return
        bulk, actor, signal = self.ctx.services.bulk, self.ctx.actor, self._progress.moved
        self.apply_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.progress.setRange(0, max(1, len(codes)))
        self.progress.setValue(0)
        self.progress.show()
        self.ctx.worker.submit(lambda: bulk.apply(actor, codes, change, progress=lambda n, t: signal.emit(n, t)),
                               self._applied, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _applied(self, result: BulkResult) -> None:
        self.outcome = result
        self.progress.hide()
        self.preview_button.setEnabled(True)
        self.plan = self.planned = None
        self._say(tr("Changed {fields} fields of {copies} copies; {refused} refused.").format(
            fields=number_text(result.changed), copies=number_text(result.copies),
            refused=number_text(len(result.refusals))), "attention" if result.refusals else "done")
        self.ctx.events.status_message.emit(self.summary.text())

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.preview_button.setEnabled(True)
        self.apply_button.setEnabled(self.plan is not None)
        if isinstance(error, LibraryError):
            self._say(error.message, "refused")
        else:
            self._say("")
        show_error(self, error)

