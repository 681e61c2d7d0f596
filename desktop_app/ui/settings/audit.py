"""Settings > Audit log (admins): who did what, when, newest first.

Filters: who (the accounts that acted), what (the actions the log holds), from and to (local
days, each switched on by its box), and a piece of text of the details. Every change of a
filter looks again on the worker (a newer look supersedes an older one): the service returns
the matching ids at once and the table fetches rows by id as it scrolls (``audit_model``).
"Export CSV…" writes what the filters show to a file on the worker; the export itself is
recorded in the log. ``chooser(parent, current) -> path or None`` is replaceable (tests).
"""

from __future__ import annotations

from array import array
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.audit import AuditFilter, AuditLog
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import day_format, number_text, tr
from ..common.tables import make_table, set_widths
from ..interchange.widgets import Chooser, save_chooser
from .audit_model import AuditTableModel, action_text


def _day(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class AuditBox(QGroupBox):
    """The audit log viewer. ``model`` holds what the filters show; ``status`` says how many."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Audit log"), parent)
        self.setObjectName("settingsAudit")
        self.ctx = ctx
        self.log = AuditLog(ctx.services.library)
        self.chooser: Chooser = save_chooser(tr("Export the audit log"), tr("CSV files (*.csv)"))
        self.model = AuditTableModel(lambda ids: self.log.rows(ctx.actor, ids), self)
        self.who = QComboBox(objectName="auditWho")
        self.who.setAccessibleName(tr("Who"))
        self.what = QComboBox(objectName="auditWhat")
        self.what.setAccessibleName(tr("What"))
        # Their items are the log's names and actions (the known actions in the desk's
        # language, others by their code): data, like a member's name.
        for combo in (self.who, self.what):
            combo.setProperty("i18n", "data")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.refresh)
        today = date.today()
        self.use_since = QCheckBox(tr("From"), objectName="auditUseSince")
        self.since = self._date_edit("auditSince", tr("From day"), today - timedelta(days=7))
        self.use_until = QCheckBox(tr("To"), objectName="auditUseUntil")
        self.until = self._date_edit("auditUntil", tr("To day"), today)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.refresh)
            edit.dateChanged.connect(lambda _d, c=check: self.refresh() if c.isChecked() else None)
        self.text = QLineEdit(objectName="auditText")
        self.text.setAccessibleName(tr("Text in the details"))
        self.text.setPlaceholderText(tr("text in the details, a barcode, a card…"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.refresh)
        find = QPushButton(tr("F&ind"), objectName="auditFind")
        find.clicked.connect(self.refresh)
        self.export_button = QPushButton(tr("E&xport CSV…"), objectName="auditExport")
        self.export_button.setToolTip(tr("Write the events shown to a CSV file (the export is itself recorded)"))
        self.export_button.clicked.connect(self.export_csv)
        self.table = make_table("auditTable", tr("Audit log, newest first"))
        self.table.setModel(self.model)
        self.table.setMinimumHeight(260)
        set_widths(self.table, [17, 12, 18, 10, 40])
        self.status = QLabel("", objectName="auditStatus")
        self.exported = QLabel("", objectName="auditExported")  # where the last export went
        self.exported.setWordWrap(True)
        for label in (self.status, self.exported):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row(find))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addSpacing(16)
        bottom.addWidget(self.exported, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self._loading = False
        self.load_filters()

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), objectName=name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_format())
        return edit

    def _filter_row(self, find: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, widget in ((tr("Who"), self.who), (tr("What"), self.what)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.use_since)
        row.addWidget(self.since)
        row.addWidget(self.use_until)
        row.addWidget(self.until)
        row.addSpacing(8)
        row.addWidget(self.text, 1)
        row.addWidget(find)
        return row

    # -- filters -------------------------------------------------------------------------
    def load_filters(self) -> None:
        """Fill the who and what lists from the log (on the worker), then look."""
        log, actor = self.log, self.ctx.actor
        self.ctx.worker.submit(lambda: (log.actors(actor), log.actions(actor)), self._filters_loaded,
                               lambda e: show_error(self, e), channel="audit-filters")

    def _filters_loaded(self, loaded: tuple[list[str], list[str]]) -> None:
        actors, actions = loaded
        self._loading = True
        try:
            for combo, anyone, values, text in ((self.who, tr("anyone"), actors, str),
                                                (self.what, tr("any action"), actions, action_text)):
                kept = combo.currentData()
                combo.clear()
                combo.addItem(anyone, None)
                for value in values:
                    combo.addItem(text(value), value)
                combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        finally:
            self._loading = False
        self.refresh()

    def current_filter(self) -> AuditFilter:
        """What the filters say now."""
        return AuditFilter(who=self.who.currentData(), action=self.what.currentData(),
                           since=_day(self.since) if self.use_since.isChecked() else None,
                           until=_day(self.until) if self.use_until.isChecked() else None,
                           text=self.text.text().strip() or None)

    # -- looking and exporting --------------------------------------------------------------
    def refresh(self) -> None:
        """Look again with the current filters (on the worker; a newer look wins)."""
        if self._loading:
            return
        f, log, actor = self.current_filter(), self.log, self.ctx.actor
        # A filter that cannot be right (to before from) comes back as the service's refusal.
        self.ctx.worker.submit(lambda: log.ids(actor, f), self._found, self._failed, channel="audit-find")

    def _found(self, ids: array) -> None:
        self.model.set_result(ids)
        count = len(ids)
        self.status.setText(tr("No events match.") if not count else
                            tr("{count} events, newest first").format(count=number_text(count)))
        self.export_button.setEnabled(bool(count))

    def _failed(self, error: BaseException) -> None:
        self.status.setText("")
        show_error(self, error)

    def export_csv(self) -> None:
        """Ask where, then write the events the filters show to that CSV file."""
        path = self.chooser(self, str(self.ctx.paths.data_dir / f"audit-{date.today().isoformat()}.csv"))
        if not path:
            return
        f, log, actor = self.current_filter(), self.log, self.ctx.actor
        self.export_button.setEnabled(False)
        self.exported.setText(tr("Writing {path}…").format(path=path))

        def done(rows: int) -> None:
            self.export_button.setEnabled(True)
            self.exported.setText(tr("{count} events written to {path}").format(count=number_text(rows), path=path))
            self.load_filters()  # the export is in the log now

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.exported.setText("")
            show_error(self, error)

        self.ctx.worker.submit(lambda: log.write_csv(actor, path, f), done, failed)
