"""Import, export, labels and member cards through the desk's dialogs: real MARC files into
the real library, a window-modal progress dialog, the summary, and PDFs on disk."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_app.services import Services
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.interchange.dialogs import ImportDialog
from desktop_app.ui.members.tab import MembersTab

if TYPE_CHECKING:
    from conftest import Stock

DATA = Path(__file__).resolve().parents[1] / "data" / "marc"


def settle(ctx: UiContext, rounds: int = 4) -> None:
    for _ in range(rounds):
        ctx.worker.wait_idle(30)
        QApplication.processEvents()


def titles(services: Services) -> int:
    return services.search.books("").total


def catalog_tab(qtbot, ctx: UiContext) -> CatalogTab:  # type: ignore[no-untyped-def]
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    return tab


def start_import(qtbot, tab: CatalogTab, source: Path, tmp_path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    dialog = tab.import_records()
    assert isinstance(dialog, ImportDialog)
    # the native chooser is replaced: choosing a file is typing its path
    dialog.file.chooser = lambda parent, current: str(copy)
    dialog.file.choose()
    return dialog


def test_import_marc_shows_progress_summary_and_refreshes_the_catalog(qtbot, ctx: UiContext,
                                                                      tmp_path: Path) -> None:
    tab = catalog_tab(qtbot, ctx)
    assert tab.menu_actions[0].isEnabled() and tab.model.rowCount() == 0
    dialog = start_import(qtbot, tab, DATA / "marc.dat", tmp_path)
    assert dialog.report_path.text() == str(tmp_path / "marc-import-problems.csv")
    seen: list[tuple[int, int]] = []
    run = dialog.run_import()
    assert run is not None
    run._progressed.connect(lambda done, total, records: seen.append((done, total)))
    assert run.dialog.isVisible() and run.dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    size = (tmp_path / "marc.dat").stat().st_size
    assert seen and seen[-1] == (size, size)  # bytes-based progress, ending at the file's size
    report = dialog.report
    assert report.status == "imported" and report.counts["new"] == 20
    summary = dialog.summary
    assert summary is not None and summary.isVisible() and not dialog.isVisible()
    assert summary.counts["New"] == 20 and summary.counts["Bad"] == 0
    assert "Imported: marc.dat (books): 20 new" in summary.text.text()
    assert not run.running  # the progress dialog closed (and was deleted)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 20, timeout=10_000)  # the import's Changes
    assert titles(ctx.services) == 20


def test_dry_run_changes_nothing_and_bad_records_are_listed(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    tab = catalog_tab(qtbot, ctx)
    dialog = start_import(qtbot, tab, DATA / "marc.dat", tmp_path)
    dialog.dry_run()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report.status == "dry_run" and dialog.report.counts["new"] == 20
    assert dialog.isVisible(), "after a dry run the dialog stays open for the real import"
    assert dialog.summary is not None and "Dry run (nothing was changed)" in dialog.summary.text.text()
    settle(ctx)
    assert titles(ctx.services) == 0 and tab.model.rowCount() == 0
    dialog.summary.accept()
    dialog.reject()
    # a file with bad records: all or nothing, and the problems are listed with where/field/reason
    bad = start_import(qtbot, tab, DATA / "bad_records.mrc", tmp_path)
    bad.run_import()
    qtbot.waitUntil(lambda: bad.report is not None, timeout=30_000)
    assert bad.report.status == "rolled_back" and titles(ctx.services) == 0
    table = bad.summary.table  # type: ignore[union-attr]
    assert table.rowCount() == len(bad.report.problems) > 0
    assert table.item(0, 0).text() == "record 2" and "base address" in table.item(0, 2).text()
    report_file = tmp_path / "bad_records-import-problems.csv"
    assert report_file.is_file() and str(report_file) in bad.summary.report_label.text()  # type: ignore[union-attr]
    # keep the good ones
    bad.summary.accept()  # type: ignore[union-attr]
    bad.keep_good.setChecked(True)
    bad.report = None
    bad.run_import()
    qtbot.waitUntil(lambda: bad.report is not None, timeout=30_000)
    # its two title-only records are one title: the same title, author and year (no ISBN to tell them apart)
    assert bad.report.status == "imported" and bad.report.counts["new"] == 1 and titles(ctx.services) == 1


def test_cancel_leaves_the_library_as_it_was(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    tab = catalog_tab(qtbot, ctx)
    dialog = start_import(qtbot, tab, DATA / "marc.dat", tmp_path)
    gate = threading.Event()
    ctx.worker.submit(lambda: gate.wait(20))  # keep the import queued until Cancel is pressed
    run = dialog.run_import()
    assert run is not None
    button = run.dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert run.cancel_event.is_set() and run.dialog.isVisible() and "Cancelling" in run.dialog.labelText()
    gate.set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report.status == "cancelled" and "Cancelled: nothing was imported" in dialog.summary.text.text()
    assert titles(ctx.services) == 0


def test_bad_choices_are_explained_not_run(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    tab = catalog_tab(qtbot, ctx)
    dialog = tab.import_records()
    assert dialog.run_import() is None  # no file chosen: a message, nothing queued
    qtbot.waitUntil(lambda: dialog.findChild(object, "errorDialog") is not None, timeout=5000)
    assert "Choose the file to import" in dialog.findChild(object, "errorDialog").text()


def test_export_writes_the_file(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path) -> None:
    tab = catalog_tab(qtbot, ctx)
    dialog = tab.export_data()
    dialog.kind.setCurrentIndex(dialog.kind.findData("marc"))
    assert dialog.path.text().endswith("library-catalogue.mrc")
    target = tmp_path / "out" / "catalogue.mrc"
    target.parent.mkdir()
    dialog.path.chooser = lambda parent, current: str(target)
    dialog.path.choose()
    run = dialog.export()
    assert run is not None and run.dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome.rows == 6 and target.stat().st_size > 0
    assert dialog.message is not None and "Wrote 6 rows" in dialog.message.text()
    # and the file is a MARC file the import reads back (dry run)
    again = start_import(qtbot, tab, target, tmp_path)
    again.dry_run()
    qtbot.waitUntil(lambda: again.report is not None, timeout=30_000)
    assert again.report.status == "dry_run" and again.report.records == 6 and not again.report.errors


def test_labels_for_the_chosen_books_copies(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path) -> None:
    tab = catalog_tab(qtbot, ctx)
    assert tab.model.rowCount() == 6
    tab.search.setText("Dune")
    qtbot.waitUntil(lambda: tab.detail.view is not None and tab.detail.view.values["title"] == "Dune",
                    timeout=10_000)
    assert tab.detail.buttons["labels"].isEnabled()
    tab.detail.buttons["labels"].click()
    dialog = tab.findChild(object, "labelsDialog")
    assert dialog is not None and dialog.way() == "book" and dialog.barcodes == stock.copies["Dune"]
    assert dialog.ways["search"].isEnabled()
    opened: list[str] = []
    dialog.opener = opened.append
    dialog.pdf.set_text(str(tmp_path / "dune-labels"))
    dialog.skip.setValue(3)
    assert dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    pdf = tmp_path / "dune-labels.pdf"
    assert dialog.outcome.items == 2 and dialog.outcome.pages == 1 and pdf.read_bytes().startswith(b"%PDF")
    assert opened == [str(pdf)] and "2 labels on 1 page" in dialog.message.text()
    # a barcode range, checked before anything runs
    ranged = tab.print_labels([])
    ranged.ways["range"].setChecked(True)
    ranged.pdf.set_text(str(tmp_path / "range.pdf"))
    ranged.opener = opened.append
    assert not ranged.make_pdf()  # empty range: explained
    codes = sorted(stock.barcodes())
    ranged.low.setText(codes[0])
    ranged.high.setText(codes[3])
    assert ranged.make_pdf()
    qtbot.waitUntil(lambda: ranged.outcome is not None, timeout=30_000)
    assert ranged.outcome.items == 4
    # the copies added since today, and every copy the current search ("Dune") finds
    for way, expected in (("new", 12), ("search", 2)):
        other = tab.print_labels([])
        other.ways[way].setChecked(True)
        other.pdf.set_text(str(tmp_path / f"{way}.pdf"))
        other.opener = opened.append
        assert other.make_pdf()
        qtbot.waitUntil(lambda other=other: other.outcome is not None, timeout=30_000)
        assert other.outcome.items == expected, way


def test_member_cards_for_the_chosen_members(qtbot, ctx: UiContext, stock: Stock, tmp_path: Path) -> None:
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    assert tab.model.rowCount() == 2 and tab.buttons["card"].isEnabled()
    tab.table.selectAll()
    assert sorted(tab.chosen_cards()) == sorted([stock.ana, stock.ben])
    dialog = tab.print_cards()
    assert dialog is not None
    dialog.opener = lambda path: None
    dialog.pdf.set_text(str(tmp_path / "cards.pdf"))
    assert dialog.make_pdf()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome.items == 2 and (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF")


def test_desk_accounts_cannot_start_an_import(qtbot, ctx: UiContext) -> None:
    from dataclasses import replace

    from desktop_app.domain.values import Role

    desk = replace(ctx, actor=replace(ctx.actor, role=Role.DESK))
    tab = catalog_tab(qtbot, desk)
    imports, exports, labels, *_more = tab.menu_actions
    assert not imports.isEnabled() and "Librarians" in imports.toolTip()
    assert exports.isEnabled() and labels.isEnabled()


def test_typing_the_file_path_key_by_key_never_breaks_the_dialog(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    """Every text on the way to a path ("/", "/t", "/tmp/", "~", ...) is accepted; the problems
    report is suggested beside the file once there is a file name."""
    tab = catalog_tab(qtbot, ctx)
    dialog = tab.import_records()
    assert isinstance(dialog, ImportDialog)
    target = tmp_path / "books.csv"
    for text in ("~", "~/", "C:\\", str(target)):
        dialog.file.edit.clear()
        qtbot.keyClicks(dialog.file.edit, text)  # one key at a time, as a person types
    assert dialog.file.text() == str(target)
    assert dialog.report_path.text() == str(tmp_path / "books-import-problems.csv")
    dialog.close()
