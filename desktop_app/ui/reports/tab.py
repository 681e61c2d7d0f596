"""The Reports tab: counts at a glance, loans per day for the last 30 days and the most
borrowed books as bar charts, and the overdue list (sortable, printable as letters to the
members, exportable as CSV)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.reports import Counts, OverdueRow
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, current_language, number_text, tr
from ..common.tables import make_table, remember_header, set_widths
from ..common.theme import scaled_font
from .charts import BarChart
from .output import letter_count, pdf_printer, print_letters, write_csv
from .overdue import OverdueTableModel

COUNT_LABELS = (("titles", N_("Titles")), ("copies", N_("Copies")), ("members", N_("Members")),
                ("on_loan", N_("On loan")), ("overdue", N_("Overdue")), ("holds_ready", N_("Holds ready")))


def short_day(d: date) -> str:
    """A day without its year, for a chart's axis: "2 Mar", "2. März"."""
    return QLocale().toString(QDate(d.year, d.month, d.day), "d. MMM" if current_language() == "de" else "d MMM")


@dataclass(frozen=True)
class ReportData:
    today: date
    counts: Counts
    overdue: list[OverdueRow]
    per_day: list[tuple[date, int]]
    top: list[tuple[str, str, int]]
    library_name: str
    library_address: str


class ReportsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReportData | None = None
        tiles = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, caption in COUNT_LABELS:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            number = QLabel("–")
            number.setObjectName(f"reportCount_{key}")
            number.setFont(scaled_font(self, 1.8, bold=True))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(tr(caption))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(number)
            box.addWidget(text)
            tiles.addWidget(frame)
            self.count_labels[key] = number
        self.per_day = BarChart(tr("Loans per day, last 30 days"), label_every=5)
        self.per_day.setObjectName("reportLoansPerDay")
        self.top = BarChart(tr("Most borrowed"), horizontal=True)
        self.top.setObjectName("reportMostBorrowed")
        charts = QHBoxLayout()
        charts.addWidget(self.per_day, 1)
        charts.addWidget(self.top, 1)
        charts_box = QWidget()
        charts_box.setLayout(charts)

        self.overdue = OverdueTableModel(self)
        self.table = make_table("overdueTable", tr("Overdue loans"))
        self.table.setModel(self.overdue)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        set_widths(self.table, [9, 11, 18, 11, 28, 11, 22])
        remember_header(ctx, self.table, "overdue")
        self.summary = QLabel()
        self.summary.setObjectName("overdueSummary")
        buttons = QHBoxLayout()
        for name, label, slot in (("reportRefresh", tr("&Refresh (F5)"), self.refresh),
                                 ("overduePrint", tr("&Print letters…"), self.print_dialog),
                                 ("overduePdf", tr("Save letters as P&DF…"), self.save_pdf_dialog),
                                 ("overdueCsv", tr("Export &CSV…"), self.export_dialog)):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        overdue_box = QGroupBox(tr("Overdue"))
        grid = QGridLayout(overdue_box)
        grid.addLayout(buttons, 0, 0)
        grid.addWidget(self.table, 1, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(charts_box)
        split.addWidget(overdue_box)
        split.setSizes([280, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self._stale = False
        ctx.events.changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, changed: Changes) -> None:
        """Refresh now when shown; when hidden only remember it (the report queries take
        seconds on a large library and would compete with every scan at the desk)."""
        if changed.touches("loans", "books", "copies", "members", "holds", "fees"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # -- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        svc, actor = self.ctx.services, self.ctx.actor

        def job() -> ReportData:
            settings = svc.setup.settings()
            return ReportData(svc.library.today(), svc.reports.counts(), svc.reports.overdue(actor),
                              svc.reports.loans_per_day(actor, days=30), svc.reports.most_borrowed(actor, limit=10),
                              str(settings.get("library_name") or ""), str(settings.get("library_address") or ""))

        self.ctx.worker.submit(job, self.show_data, lambda e: show_error(self, e), channel="reports")

    def show_data(self, data: ReportData) -> None:
        self.data = data
        for key, label in self.count_labels.items():
            label.setText(number_text(getattr(data.counts, key)))
        self.per_day.set_points([(short_day(d), n) for d, n in data.per_day])
        self.top.set_points([(title, n) for title, _authors, n in data.top])
        self.overdue.set_rows(data.overdue)
        header = self.table.horizontalHeader()
        self.overdue.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        people = letter_count(data.overdue)
        self.summary.setText(tr("{loans} overdue loans, {members} members").format(
            loans=number_text(len(data.overdue)), members=number_text(people)))

    # -- output ----------------------------------------------------------------------
    def rows_in_view_order(self) -> list[OverdueRow]:
        return self.overdue.rows()

    def save_letters(self, printer: QPrinter) -> int:
        if self.data is None:
            return 0
        return print_letters(self.rows_in_view_order(), printer, library_name=self.data.library_name,
                             library_address=self.data.library_address, today=self.data.today)

    def save_pdf(self, path: Path) -> int:
        """Write the reminder letters to a PDF file. Returns the number of letters."""
        count = self.save_letters(pdf_printer(path))
        self.ctx.events.status_message.emit(tr("Saved {count} letters to {path}").format(
            count=number_text(count), path=path))
        return count

    def export_csv(self, path: Path) -> int:
        count = write_csv(self.rows_in_view_order(), path)
        self.ctx.events.status_message.emit(tr("Exported {count} overdue loans to {path}").format(
            count=number_text(count), path=path))
        return count

    def print_dialog(self) -> None:
        if not self.overdue.rowCount():
            self.ctx.events.status_message.emit(tr("Nothing is overdue: no letters to print"))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            count = self.save_letters(printer)
            self.ctx.events.status_message.emit(tr("Printed {count} letters").format(count=number_text(count)))

    def save_pdf_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save letters"), str(Path.home() / "overdue-letters.pdf"),
                                              tr("PDF (*.pdf)"))
        if path:
            try:
                self.save_pdf(Path(path))
            except OSError as exc:
                show_error(self, exc)

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export overdue list"), str(Path.home() / "overdue.csv"),
                                              tr("CSV (*.csv)"))
        if path:
            try:
                self.export_csv(Path(path))
            except OSError as exc:
                show_error(self, exc)
