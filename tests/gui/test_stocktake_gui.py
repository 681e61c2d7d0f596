"""The Stock-take tab driven like a scanner: a count started from the form, barcodes typed and
Enter, a big coloured answer and the desk's sound per scan, running counts, the report, marking
the missing lost and saving CSV and PDF; the database checked after."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop_app.config import DESK_SOUND
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.ui.stocktake.tab import StocktakeTab


def _scan(qtbot, tab: StocktakeTab, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.scan, code)
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)


def test_a_shelf_counted_like_a_scanner(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services, admin = ctx.services, ctx.actor
    services.catalog.add_book(admin, BookInput(title="Dune"), copies=[
        CopyInput(barcode=b, call_number=cn, location=loc) for b, cn, loc in (
            ("T1", "823.914 HER", "Children"), ("T2", "823.92 HER", "Children"), ("T3", "823.95 ROW", "Children"),
            ("T4", "500 SCI", "Children"), ("T5", "823.93 X", "Reference"))])
    services.catalog.set_copy_status(admin, "T3", "withdrawn")
    ctx.settings.set(DESK_SOUND, True)
    tab = StocktakeTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.location.setCurrentIndex(tab.location.findData("Children"))
    qtbot.keyClicks(tab.call_from, "823.9")
    qtbot.keyClicks(tab.call_to, "823.99")
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.current is not None and tab.current.name == "Children, 823.9 to 823.99"
    _scan(qtbot, tab, "t1")
    assert "T1 belongs here: Dune" in tab.banner.text() and "#" in tab.banner.styleSheet()
    assert tab.sounds.last_played == "returned"
    _scan(qtbot, tab, "T4")
    assert "misplaced: it belongs in Children, 500 SCI" in tab.banner.text()
    _scan(qtbot, tab, "T3")
    assert "was withdrawn: found!" in tab.banner.text() and tab.sounds.last_played == "hold"
    _scan(qtbot, tab, "ZZZ")
    assert "not a copy of this library" in tab.banner.text() and tab.sounds.last_played == "refused"
    _scan(qtbot, tab, "T1")
    assert "scanned before" in tab.banner.text()
    assert tab.running.text() == "Scanned 4: 1 here, 1 misplaced, 0 on loan, 1 found, 1 unknown"
    tab.grab().save(str(tmp_path / "scanning.png"))
    qtbot.mouseClick(tab.buttons["finish"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10_000)
    assert not tab.scan.isEnabled()
    sections = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    barcodes = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert list(zip(sections, barcodes, strict=True)) == [
        ("Missing", "T2"), ("Misplaced (belongs elsewhere)", "T4"), ("Lost or withdrawn, found", "T3"),
        ("Unknown barcodes", "ZZZ")]
    assert "1 of 2 expected found · 1 missing" in tab.summary.text()
    tab.save_csv(tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert [row["Barcode"] for row in csv.DictReader(fh)] == ["T2", "T4", "T3", "ZZZ"]
    assert tab.save_pdf(tmp_path / "r.pdf") == 1
    tab.grab().save(str(tmp_path / "report.png"))
    assert tab.mark_lost(confirm=False) == ["T2"]
    qtbot.waitUntil(lambda: tab.report is not None and not tab.report.missing, timeout=10_000)
    with services.library.read() as s:
        assert s.execute(text("SELECT status FROM copies WHERE barcode = 'T2'")).scalar() == "lost"
        assert s.execute(text("SELECT count(*) FROM stocktake_scans")).scalar() == 4


def test_a_clerk_scans_but_does_not_start_or_mark_lost(qtbot, ctx, services) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop_app.domain.values import Role

    services.stocktake.start(ctx.actor, location="Children")
    clerk = replace(ctx, actor=replace(ctx.actor, role=Role.DESK, username="clerk"))
    tab = StocktakeTab(clerk)
    qtbot.addWidget(tab)
    assert not tab.start_button.isEnabled() and not tab.buttons["finish"].isEnabled()
    assert tab.scan.isEnabled()
    _scan(qtbot, tab, "NOTHING")
    assert "not a copy" in tab.banner.text()
