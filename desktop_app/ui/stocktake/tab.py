"""The Stock-take tab: start a count (librarians: a location, a call-number range or both),
scan the shelf with big immediate feedback per scan (colour, text and the desk's sounds),
running counts, and the report with "Mark missing lost", "Save CSV…" and "Save PDF…".

A scan is one quick service call on the GUI thread (one indexed look-up and one row, like the
desk's); the report is built on the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import LibraryError
from ...domain.settings import location_names
from ...domain.values import Role
from ...services.catalog.stocktake import Outcome, ScanResult, StocktakeInfo, StocktakeReport
from ...services.catalog.stocktake_output import ReportTexts, write_csv, write_pdf
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, tr
from ..common.sounds import HOLD, REFUSAL, RETURNED, DeskSounds
from ..common.theme import ATTENTION, DONE, INFO, REFUSED, scaled_font, status_style

SECTIONS = {"missing": N_("Missing"), "misplaced": N_("Misplaced (belongs elsewhere)"),
            "on_loan": N_("On loan but on the shelf (check in)"), "found": N_("Lost or withdrawn, found"),
            "unknown": N_("Unknown barcodes")}
COLUMNS = [N_("Section"), N_("Barcode"), N_("Title"), N_("Call number"), N_("Location"), N_("Status"), N_("Note")]
STATUSES = {"available": N_("available"), "on_loan": N_("on loan"), "on_hold_shelf": N_("on the hold shelf"),
            "lost": N_("lost"), "damaged": N_("damaged"), "withdrawn": N_("withdrawn"),
            "not_for_loan": N_("reference"), "in_repair": N_("in repair")}
#: Colour and sound of each outcome.
LOOK = {Outcome.EXPECTED: (DONE, RETURNED), Outcome.MISPLACED: (ATTENTION, HOLD), Outcome.ON_LOAN: (ATTENTION, HOLD),
        Outcome.FOUND: (ATTENTION, HOLD), Outcome.UNKNOWN: (REFUSED, REFUSAL)}


def outcome_text(r: ScanResult) -> str:
    title = r.title or ""
    text = {
        Outcome.EXPECTED: tr("✔ {code} belongs here: {title}"),
        Outcome.MISPLACED: tr("➜ {code} is misplaced: it belongs in {where} ({title})"),
        Outcome.ON_LOAN: tr("⚠ {code} is on loan: check it in at the desk ({title})"),
        Outcome.FOUND: tr("★ {code} was {status}: found! ({title})"),
        Outcome.UNKNOWN: tr("✘ {code} is not a copy of this library"),
    }[r.outcome].format(code=r.barcode, title=title, where=r.belongs or "",
                        status=tr(STATUSES.get(r.status or "", r.status or "")))
    return text + ("\n" + tr("(scanned before: counted once)") if r.again else "")


def report_texts() -> ReportTexts:
    return ReportTexts(sections={k: tr(v) for k, v in SECTIONS.items()}, columns=[tr(c) for c in COLUMNS[1:]],
                       statuses={k: tr(v) for k, v in STATUSES.items()}, section_column=tr(COLUMNS[0]),
                       title=tr("Stock-take: {name}"),
                       subtitle=tr("{scope} · started {started} · {finished} · {here} of {expected} expected "
                                   "copies found, {scanned} scanned"),
                       open_count=tr("not finished"), finished=tr("finished {when}"))


class StocktakeTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.services.stocktake
        self.current: StocktakeInfo | None = None
        self.report: StocktakeReport | None = None
        self.tally: dict[str, int] = {}
        self.sounds = DeskSounds(ctx.settings, self)
        librarian = ctx.actor.at_least(Role.LIBRARIAN)

        start = QGroupBox(tr("New count"))
        self.location = QComboBox(objectName="stocktakeLocation")
        self.location.setAccessibleName(tr("Location to count"))
        self.call_from = QLineEdit(objectName="stocktakeFrom", placeholderText=tr("e.g. QA76 or 500"))
        self.call_from.setAccessibleName(tr("First call number"))
        self.call_to = QLineEdit(objectName="stocktakeTo", placeholderText=tr("e.g. QA100 or 599"))
        self.call_to.setAccessibleName(tr("Last call number"))
        self.start_button = QPushButton(tr("Start count"), objectName="stocktakeStart")
        self.start_button.clicked.connect(self.start_count)
        if not librarian:
            self.start_button.setEnabled(False)
            self.start_button.setToolTip(tr("Librarians and admins start a count; clerks scan"))
        form = QFormLayout(start)
        form.addRow(tr("Location"), self.location)
        shelf = QHBoxLayout()
        shelf.addWidget(self.call_from)
        shelf.addWidget(QLabel(tr("to")))
        shelf.addWidget(self.call_to)
        form.addRow(tr("Call numbers"), shelf)
        form.addRow("", self.start_button)

        self.counts_box = QComboBox(objectName="stocktakeCurrent")
        self.counts_box.setAccessibleName(tr("Count being scanned"))
        self.counts_box.currentIndexChanged.connect(self._chosen)
        self.scan = QLineEdit(objectName="stocktakeScan", placeholderText=tr("Scan the books on the shelf…"))
        self.scan.setAccessibleName(tr("Scan a copy's barcode"))
        self.scan.setFont(scaled_font(self.scan, 1.4))
        self.scan.returnPressed.connect(self.scan_entered)
        self.banner = QLabel(objectName="stocktakeBanner")
        self.banner.setAccessibleName(tr("Result of the last scan"))
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(64)
        self.running = QLabel(objectName="stocktakeCounts")
        self._set_banner(tr("Choose or start a count, then scan the books on the shelf."), INFO)

        self.table = QTableWidget(0, len(COLUMNS), objectName="stocktakeReport")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setAccessibleName(tr("Stock-take report"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(objectName="stocktakeSummary")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot, needs in (("report", tr("Show report"), self.load_report, Role.DESK),
                                       ("finish", tr("Finish count"), self.finish_count, Role.LIBRARIAN),
                                       ("lost", tr("Mark missing lost"), self.mark_lost, Role.LIBRARIAN),
                                       ("csv", tr("Save CSV…"), self.save_csv_dialog, Role.DESK),
                                       ("pdf", tr("Save PDF…"), self.save_pdf_dialog, Role.DESK)):
            button = QPushButton(text, objectName=f"stocktake_{key}")
            button.clicked.connect(slot)
            if not ctx.actor.at_least(needs):
                button.setToolTip(tr("Needs a librarian or admin"))
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(start, 1)
        scanning = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Count")))
        pick.addWidget(self.counts_box, 1)
        scanning.addLayout(pick)
        scanning.addWidget(self.scan)
        scanning.addWidget(self.banner)
        scanning.addWidget(self.running)
        top.addLayout(scanning, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.refresh()

    # -- counts ------------------------------------------------------------------------
    def refresh(self, choose: int | None = None) -> None:
        names = location_names(str(self.ctx.services.setup.settings().get("locations") or ""))
        self.location.clear()
        self.location.addItem(tr("(any location)"), None)
        for name in names:
            self.location.addItem(name, name)
        counts = self.svc.listing(self.ctx.actor)
        self.counts_box.blockSignals(True)
        self.counts_box.clear()
        for c in counts:
            state = tr("open") if not c.finished else tr("finished")
            self.counts_box.addItem(f"{c.id}: {c.name} ({state})", c.id)
        self.counts_box.blockSignals(False)
        index = max(0, self.counts_box.findData(choose)) if choose is not None else 0
        if counts:
            self.counts_box.setCurrentIndex(index)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        count_id = self.counts_box.currentData()
        self.current = self.svc.get(self.ctx.actor, int(count_id)) if count_id is not None else None
        self.tally = self.svc.counts(self.ctx.actor, self.current.id) if self.current else {}
        self.scan.setEnabled(self.current is not None and not self.current.finished)
        self._show_counts()
        self.report = None
        self.table.setRowCount(0)
        self.summary.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        have, done = self.current is not None, bool(self.current and self.current.finished)
        librarian = self.ctx.actor.at_least(Role.LIBRARIAN)
        self.buttons["report"].setEnabled(have)
        self.buttons["finish"].setEnabled(have and not done and librarian)
        self.buttons["lost"].setEnabled(done and librarian)
        self.buttons["csv"].setEnabled(self.report is not None)
        self.buttons["pdf"].setEnabled(self.report is not None)

    def start_count(self) -> None:
        try:
            info = self.svc.start(self.ctx.actor, location=self.location.currentData(),
                                  call_from=self.call_from.text(), call_to=self.call_to.text())
        except LibraryError as exc:
            show_error(self, exc)
            return
        self.refresh(choose=info.id)
        self._set_banner(tr("Counting {name}. Scan the books on the shelf.").format(name=info.name), INFO)
        self.scan.setFocus()

    def finish_count(self) -> None:
        if self.current is None:
            return
        try:
            info = self.svc.finish(self.ctx.actor, self.current.id)
        except LibraryError as exc:
            show_error(self, exc)
            return
        self.refresh(choose=info.id)
        self._set_banner(tr("{name} is finished: the report is below.").format(name=info.name), INFO)
        self.load_report()

    # -- scanning ------------------------------------------------------------------------
    def scan_entered(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        if self.current is None or not code.strip():
            return
        try:
            result = self.svc.scan(self.ctx.actor, self.current.id, code)
        except LibraryError as exc:
            self._set_banner(exc.message, REFUSED)
            self.sounds.play(REFUSAL)
            return
        kind, sound = LOOK[result.outcome]
        self._set_banner(outcome_text(result), INFO if result.again else kind)
        self.sounds.play(sound)
        if not result.again:
            self.tally[result.outcome.value] = self.tally.get(result.outcome.value, 0) + 1
        self._show_counts()

    def _show_counts(self) -> None:
        t = self.tally
        self.running.setText(tr("Scanned {all}: {here} here, {misplaced} misplaced, {on_loan} on loan, {found} found, "
                                "{unknown} unknown").format(all=sum(t.values()), here=t.get("expected", 0),
                                                            misplaced=t.get("misplaced", 0),
                                                            on_loan=t.get("on_loan", 0), found=t.get("found", 0),
                                                            unknown=t.get("unknown", 0)) if self.current else "")

    def _set_banner(self, text: str, kind: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(status_style(kind, size_pt=int(self.font().pointSizeF() * 1.6)))
        self.banner.setAccessibleDescription(text)

    # -- the report ----------------------------------------------------------------------
    def load_report(self) -> None:
        if self.current is None:
            return
        count_id, actor = self.current.id, self.ctx.actor
        self.ctx.worker.submit(lambda: self.svc.report(actor, count_id), self.show_report,
                               lambda exc: show_error(self, exc), channel="stocktake-report")

    def show_report(self, report: StocktakeReport) -> None:
        self.report = report
        lines = [(key, line) for key, part in report.sections() for line in part]
        self.table.setRowCount(len(lines))
        for row, (key, line) in enumerate(lines):
            values = [tr(SECTIONS[key]), line.barcode, line.title, line.call_number or "", line.location or "",
                      tr(STATUSES.get(line.status or "", line.status or "")), line.note or ""]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        # the title takes the room left (a fitted last column leaves a blank strip on a wide window)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(tr("{here} of {expected} expected found · {missing} missing · {misplaced} misplaced · "
                                "{on_loan} on loan · {found} found · {unknown} unknown").format(
            here=report.here, expected=report.expected, missing=len(report.missing),
            misplaced=len(report.misplaced), on_loan=len(report.on_loan), found=len(report.found),
            unknown=len(report.unknown)))
        self._update_buttons()

    def mark_lost(self, *, confirm: bool = True) -> list[str]:
        if self.current is None:
            return []
        if confirm and QMessageBox.question(
                self, tr("Mark missing lost"),
                tr("Mark every copy this count missed as lost? Each one is recorded and synced."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No) \
                != QMessageBox.StandardButton.Yes:
            return []
        try:
            marked = self.svc.mark_missing_lost(self.ctx.actor, self.current.id)
        except LibraryError as exc:
            show_error(self, exc)
            return []
        self.ctx.events.status_message.emit(tr("Marked {count} missing copies lost").format(count=len(marked)))
        self.load_report()
        return marked

    def save_csv(self, path: Path) -> int:
        assert self.report is not None
        return write_csv(self.report, path, report_texts())

    def save_pdf(self, path: Path) -> int:
        assert self.report is not None
        return write_pdf(self.report, path, report_texts())

    def _save_dialog(self, title: str, name: str, kind: str, write: object) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kind)
        if path:
            try:
                write(Path(path))  # type: ignore[operator]
                self.ctx.events.status_message.emit(tr("Saved {path}").format(path=path))
            except OSError as exc:
                show_error(self, exc)

    def save_csv_dialog(self) -> None:
        self._save_dialog(tr("Save stock-take report"), "stocktake.csv", tr("CSV (*.csv)"), self.save_csv)

    def save_pdf_dialog(self) -> None:
        self._save_dialog(tr("Save stock-take report"), "stocktake.pdf", tr("PDF (*.pdf)"), self.save_pdf)
