"""Import and export from the Catalog menu: the Import dialog (file, format, duplicates, dry
run, keep the good records, problems report), the result summary, and the Export dialog.

An import runs on the worker behind a window-modal progress dialog (bytes read, records, a
Cancel that rolls everything back). The import holds the library's write lock for its whole
run, so the main window is blocked meanwhile rather than queueing loans behind it. A
committed import reaches the other tabs as the core's ``Changes``.

File choosers are replaceable (``ImportDialog.file.chooser`` ...) so tests never open a
native dialog. ``services.interchange`` (pymarc, reportlab) is imported on first use only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ..common.context import UiContext
from ..common.errors import show_error
from ..common.i18n import N_, number_text, tr
from .widgets import PathField, ProgressRun, checked_output, open_chooser, save_chooser

FORMAT_NAMES = {"marc": N_("MARC21 (.mrc)"), "marcxml": N_("MARCXML (.xml)"),
                "csv-books": N_("Spreadsheet of books (CSV)"), "csv-members": N_("Spreadsheet of members (CSV)")}
#: what can be exported: (name shown, translated where shown; file name suggested)
EXPORT_NAMES = {"books": (N_("Catalogue, one row per title (CSV)"), "catalogue.csv"),
                "copies": (N_("Copies (CSV)"), "copies.csv"), "members": (N_("Members (CSV)"), "members.csv"),
                "loans": (N_("Loans (CSV)"), "loans.csv"), "overdue": (N_("Overdue list (CSV)"), "overdue.csv"),
                "marc": (N_("Catalogue as MARC21 (.mrc)"), "catalogue.mrc"),
                "marcxml": (N_("Catalogue as MARCXML (.xml)"), "catalogue.xml")}
#: how bad a problem of the file is, in words
SEVERITIES = {"error": N_("error"), "warning": N_("warning")}
#: problems listed in the summary window; all of them are in the report file
SHOWN_PROBLEMS = 300


class ImportDialog(QDialog):
    """Choose a file and how to import it. ``dry_run()`` / ``run_import()`` start the job;
    ``report`` holds the last ImportReport and ``summary`` its summary window."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Any = None
        self.summary: ImportSummaryDialog | None = None
        self.run: ProgressRun | None = None
        self._auto_report = ""
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("Import records"))
        self.file = PathField("importFile", tr("File to import"), open_chooser(
            tr("Import records"),
            ";;".join([tr("Records (*.mrc *.marc *.dat *.iso *.xml *.csv *.tsv *.txt)"), tr("All files (*)")])))
        self.file.changed.connect(self._file_changed)
        self.format = QComboBox(objectName="importFormat")
        self.format.setAccessibleName(tr("Format"))
        self.format.addItem(tr("Recognise from the file"), None)
        for code, name in FORMAT_NAMES.items():
            self.format.addItem(tr(name), code)
        self.skip = QRadioButton(tr("&Skip records already in the library"), objectName="importSkip")
        self.update_mode = QRadioButton(tr("&Update them from the file"), objectName="importUpdate")
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.update_mode)
        duplicates = QVBoxLayout()
        duplicates.addWidget(self.skip)
        duplicates.addWidget(self.update_mode)
        self.keep_good = QCheckBox(tr("Import the good records even if some are bad"), objectName="importKeepGood")
        self.report_path = PathField("importReport", tr("Problems report file"),
                                     save_chooser(tr("Save the problems report"), tr("CSV files (*.csv)")))
        note = QLabel(tr("All or nothing: unless you tick the box above, one bad record means nothing is "
                         "imported. A dry run reads the whole file and changes nothing."))
        note.setWordWrap(True)
        note.setObjectName("importNote")
        form = QFormLayout()
        form.addRow(tr("&File"), self.file)
        form.addRow(tr("F&ormat"), self.format)
        form.addRow(tr("Already there"), duplicates)
        form.addRow("", self.keep_good)
        form.addRow(tr("&Problems report"), self.report_path)
        buttons = QDialogButtonBox()
        self.dry_button = QPushButton(tr("&Dry run first"), objectName="importDryRun")
        self.run_button = QPushButton(tr("&Import"), objectName="importRun")
        self.run_button.setDefault(True)
        buttons.addButton(self.dry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.dry_button.clicked.connect(self.dry_run)
        self.run_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _file_changed(self, text: str) -> None:
        """Suggest a report next to the file (unless the person typed their own)."""
        if self.report_path.text() in ("", self._auto_report) and text.strip():
            source = Path(text.strip()).expanduser()
            if not source.name or text.rstrip().endswith(("/", "\\")):
                return  # on the way to a file name ("/", "~/", "C:\\"): nothing to suggest yet
            self._auto_report = str(source.with_name(f"{source.stem}-import-problems.csv"))
            self.report_path.set_text(self._auto_report)

    def options(self) -> dict[str, Any]:
        """The import's keyword arguments, checked (InvalidInput names the field)."""
        text = self.file.text()
        if not text:
            raise InvalidInput(tr("Choose the file to import"), field="file")
        path = Path(text).expanduser()
        if not path.is_file():
            raise InvalidInput(tr("There is no file {path}").format(path=path), field="file")
        report = self.report_path.text()
        mode = "update" if self.update_mode.isChecked() else "skip"
        return {"path": path, "fmt": self.format.currentData(), "mode": mode,
                "keep_good": self.keep_good.isChecked(),
                "report_path": checked_output(report, tr("problems report"), "report") if report else None}

    def dry_run(self) -> ProgressRun | None:
        return self._start(dry_run=True)

    def run_import(self) -> ProgressRun | None:
        return self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> ProgressRun | None:
        try:
            options = self.options()
        except InvalidInput as exc:
            show_error(self, exc)
            (self.file if exc.field == "file" else self.report_path).setFocus()
            return None
        from ...services.interchange import import_file

        services, actor = self.ctx.services, self.ctx.actor
        path = options.pop("path")

        def work(tick: Any, cancel: Any) -> Any:
            return import_file(services, actor, path, dry_run=dry_run, progress=tick, cancel=cancel, **options)

        label = (tr("Checking {file}…") if dry_run else tr("Importing {file}…")).format(file=path.name)
        self.run = ProgressRun(self.ctx, self, tr("Dry run") if dry_run else tr("Import"), label, work)
        self.run.finished.connect(self._finished)
        self.run.failed.connect(lambda e: show_error(self, e))
        self.run.start()
        return self.run

    def _finished(self, report: Any) -> None:
        self.report = report
        if report.committed:
            self.ctx.events.status_message.emit(report.summary())
        self.summary = ImportSummaryDialog(report, self.parentWidget() if report.committed else self)
        self.summary.open()
        if report.committed:
            self.accept()


class ImportSummaryDialog(QDialog):
    """What an import did: the summary sentence, the counts, the first problems, the report."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(tr({"imported": N_("Import finished"), "dry_run": N_("Dry run finished")}.get(
            report.status, N_("Nothing was imported"))))
        self.text = QLabel(report.summary(), objectName="importSummaryText")
        self.text.setProperty("i18n", "data")  # the import's own summary (the core's words)
        self.text.setWordWrap(True)
        caption = {"imported": "", "dry_run": tr("What a real import would do:")}.get(
            report.status, tr("What the file holds (nothing was written):"))
        grid = QGridLayout()
        grid.setColumnStretch(6, 1)
        copies = report.kind == "books"
        cells = [(N_("New"), report.counts.get("new", 0)), (N_("Updated"), report.counts.get("updated", 0)),
                 (N_("Already there"), report.counts.get("duplicate", 0)), (N_("Bad"), report.counts.get("bad", 0))]
        if copies:
            cells += [(N_("Copies new"), report.copies_new), (N_("Copies updated"), report.copies_updated)]
        self.counts: dict[str, int] = {}
        for i, (name, value) in enumerate(cells):
            self.counts[name] = value
            number = QLabel(number_text(value), objectName=f"importCount_{name.replace(' ', '_')}")
            number.setStyleSheet("font-size: 16pt; font-weight: bold;")
            grid.addWidget(number, 0, i)
            grid.addWidget(QLabel(tr(name)), 1, i)
            grid.setColumnMinimumWidth(i, 96)
        self.table = QTableWidget(0, 4, objectName="importProblems")
        self.table.setAccessibleName(tr("Problems found in the file"))
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Field"), tr("Reason"), tr("Kind")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        shown = report.problems[:SHOWN_PROBLEMS]
        self.table.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            for col, value in enumerate((problem.where or problem.source, problem.field or "", problem.reason,
                                         tr(SEVERITIES.get(problem.severity, problem.severity)))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        said = []
        if report.problems_total > len(shown):
            said.append(tr("Showing the first {shown} of {total} problems.").format(
                shown=number_text(len(shown)), total=number_text(report.problems_total)))
        said.append(tr("All problems are in {path}").format(path=report.report_path) if report.report_path
                    else tr("No report file was asked for."))
        self.report_label = QLabel(" ".join(said) if report.problems_total else tr("No problems were found."),
                                   objectName="importReportPath")
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        if caption:
            layout.addWidget(QLabel(caption, objectName="importCountsCaption"))
        layout.addLayout(grid)
        if shown:
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
        layout.addWidget(self.report_label)
        layout.addWidget(buttons)
        self.resize(760, 480 if shown else 220)


class ExportDialog(QDialog):
    """Choose what to export and where; ``export()`` runs it. ``outcome`` holds the
    ExportResult and ``message`` the summary box afterwards."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, kind: str = "books") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: Any = None
        self.message: QMessageBox | None = None
        self.run: ProgressRun | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export"))
        self.kind = QComboBox(objectName="exportKind")
        self.kind.setAccessibleName(tr("What to export"))
        for code, (name, _file) in EXPORT_NAMES.items():
            self.kind.addItem(tr(name), code)
        self.path = PathField("exportPath", tr("File to write"), save_chooser(tr("Export to"), tr("All files (*)")))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()
        note = QLabel(tr("Members and loans hold personal data: librarians and admins only. Keep such files safe."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&What"), self.kind)
        form.addRow(tr("&Save as"), self.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = QPushButton(tr("&Export"), objectName="exportRun")
        self.run_button.setDefault(True)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _kind_changed(self) -> None:
        """Follow the kind with the file name, keeping the folder the person chose."""
        file_name = EXPORT_NAMES[self.kind.currentData()][1]
        current = self.path.text()
        folder = Path(current).expanduser().parent if current else Path.home()
        self.path.set_text(str(folder / f"library-{file_name}"))

    def export(self) -> ProgressRun | None:
        kind = self.kind.currentData()
        try:
            path = checked_output(self.path.text(), tr("export"), "path")
        except InvalidInput as exc:
            show_error(self, exc)
            return None
        from ...services.interchange import export

        services, actor = self.ctx.services, self.ctx.actor

        def work(tick: Any, _cancel: Any) -> Any:
            return export(services, actor, kind, path, progress=lambda done, total: tick(done, total, None))

        self.run = ProgressRun(self.ctx, self, tr("Export"), tr("Writing {file}…").format(file=path.name), work,
                               unit="rows", cancellable=False)
        self.run.finished.connect(self._finished)
        self.run.failed.connect(lambda e: show_error(self, e))
        self.run.start()
        return self.run

    def _finished(self, result: Any) -> None:
        self.outcome = result
        text = tr("Wrote {count} rows to {path}.").format(count=number_text(result.rows), path=result.path)
        if result.skipped:
            text += "\n\n" + tr("{count} titles could not be written in MARC21 (a field is too long):").format(
                count=number_text(result.skipped)) + "\n" + "\n".join(result.problems[:10])
        self.ctx.events.status_message.emit(tr("Exported {count} rows to {file}").format(
            count=number_text(result.rows), file=Path(result.path).name))
        self.message = QMessageBox(QMessageBox.Icon.Information, tr("Export finished"), text,
                                   QMessageBox.StandardButton.Ok, self.parentWidget())
        self.message.setObjectName("exportSummary")
        self.message.open()
        self.accept()
