"""Every item model of the catalog, members, holds and reports tabs through Qt's model
tester, filled with real rows from the services; sorting keeps persistent indexes."""

from __future__ import annotations

from array import array
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop_app.services import Actor, Services
from desktop_app.ui.catalog.detail import CopiesModel
from desktop_app.ui.catalog.model import BOOK_ID_ROLE, PLACEHOLDER, BookTableModel
from desktop_app.ui.common.rows import ROW_ROLE, Column, RowListModel
from desktop_app.ui.holds.model import HoldQueueModel, HoldShelfModel
from desktop_app.ui.members.model import MemberTableModel
from desktop_app.ui.reports.overdue import OverdueTableModel

if TYPE_CHECKING:
    from conftest import Stock


def test_book_model(qtmodeltester, services: Services, stock: Stock) -> None:
    model = BookTableModel(services.search.book_rows)
    qtmodeltester.check(model)  # empty
    ids = array("q", sorted(stock.books.values()))
    model.set_result(ids)
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.data(model.index(0, 0)) == "Dune"
    assert model.data(model.index(0, 6)) == "2 of 2"
    assert model.data(model.index(1, 0), BOOK_ID_ROLE) == ids[1]
    seen: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: seen.append((key, desc)))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.sort(4, Qt.SortOrder.AscendingOrder)  # ISBN: not sortable in SQL
    assert seen == [("year", True)]


def test_book_model_shows_placeholders_when_a_fetch_fails() -> None:
    def broken(ids: object) -> list:
        raise OSError("disk gone")

    model = BookTableModel(broken)
    model.set_result(array("q", [1, 2, 3]))
    assert model.data(model.index(2, 0)) == PLACEHOLDER and model.fetches == 0


def test_member_model(qtmodeltester, services: Services, stock: Stock) -> None:
    model = MemberTableModel()
    model.set_rows(services.search.members(""))
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["Ben Okafor", "Ana Ruiz"]  # by last name
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.card_at(0) == stock.ana


def test_hold_models(qtmodeltester, services: Services, admin: Actor, stock: Stock) -> None:
    for code in stock.copies["Dune"]:
        services.circulation.checkout(admin, stock.ana, code)
    services.holds.place(admin, stock.ben, stock.books["Dune"])
    queue = HoldQueueModel()
    queue.set_rows(services.holds.queue(stock.books["Dune"]))
    qtmodeltester.check(queue)
    assert queue.data(queue.index(0, 0)) == "1"
    services.circulation.checkin(admin, stock.copies["Dune"][0])
    shelf = HoldShelfModel(services.library.today())
    shelf.set_rows(services.holds.shelf())
    qtmodeltester.check(shelf)
    assert shelf.data(shelf.index(0, 2)) == "Ben Okafor"


def test_overdue_and_copies_models(qtmodeltester, services: Services, admin: Actor, stock: Stock) -> None:
    services.circulation.checkout(admin, stock.ana, stock.copies["Emma"][0])
    now = services.library.now()
    services.library.set_clock(lambda: now + timedelta(days=60))
    overdue = OverdueTableModel()
    overdue.set_rows(services.reports.overdue(admin))
    qtmodeltester.check(overdue)
    assert overdue.data(overdue.index(0, 4)) == "Emma"
    assert overdue.data(overdue.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None  # painted as late
    copies = CopiesModel()
    copies.set_rows(services.catalog.book(stock.books["Emma"]).copies)
    qtmodeltester.check(copies)
    assert {copies.data(copies.index(r, 2)) for r in range(2)} == {"", f"Ana Ruiz ({stock.ana})"}


def test_sorting_a_row_list_keeps_persistent_indexes(qtmodeltester) -> None:
    model: RowListModel[tuple[str, int | None]] = RowListModel([
        Column("Name", lambda r: r[0]),
        Column("Count", lambda r: "" if r[1] is None else str(r[1]), sort_key=lambda r: r[1], align_right=True),
    ])
    model.set_rows([("b", 2), ("a", None), ("c", 1)])
    qtmodeltester.check(model)
    kept = QPersistentModelIndex(model.index(0, 0))  # ("b", 2)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in model.rows()] == ["c", "b", "a"]  # None last
    assert kept.row() == 1 and model.data(model.index(kept.row(), 0), ROW_ROLE) == ("b", 2)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in model.rows()] == ["c", "b", "a"] and kept.row() == 1
