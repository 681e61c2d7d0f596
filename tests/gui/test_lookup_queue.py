"""The queued ISBN look-ups, worked through from the Catalog tab: ISBNs queued while offline are
looked up at once against real catalogues on 127.0.0.1 ("Look up now"), a found record is added
by a librarian (the chooser when there are several), a clerk may look up and remove but not add;
the database is checked after each step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_app.db.record_models import BookMarc, LookupRequest
from desktop_app.services import Actor, Services
from desktop_app.services.people.accounts import staff_actor
from desktop_app.ui.catalog.lookup import HitChooser
from desktop_app.ui.catalog.queued import QueuedLookups
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext
from tests.lookupserver import Catalogues, catalogue_server, marcxml

if TYPE_CHECKING:
    from conftest import Stock

DUNE = "9780441013593"
EMMA = "9780141439587"
NOWHERE = "9780306406157"


def settle(ctx: UiContext) -> None:
    for _ in range(5):
        ctx.worker.wait_idle(20)
        QApplication.processEvents()


@pytest.fixture
def cat(ctx: UiContext, admin: Actor) -> Iterator[Catalogues]:
    with catalogue_server() as server:
        ctx.services.setup.update_settings(admin, lookup_targets=server.targets(), lookup_timeout=3)
        yield server


def states(services: Services) -> dict[str, str]:
    with services.library.read() as s:
        return {row.isbn: row.state for row in s.scalars(select(LookupRequest))}


def open_queue(qtbot, ctx: UiContext) -> QueuedLookups:  # type: ignore[no-untyped-def]
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    settle(ctx)
    action = next(a for a in tab.menu_actions if "Queued ISBN" in a.text())
    action.trigger()
    dialog = tab.findChild(QueuedLookups)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(ctx)
    return dialog


def test_queued_isbns_are_looked_up_now_and_a_found_one_added(qtbot, ctx: UiContext, cat: Catalogues,
                                                              stock: Stock) -> None:
    lookup = ctx.services.lookup
    for isbn in (DUNE, EMMA, NOWHERE):
        lookup.queue(ctx.actor, isbn)
    cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990, control="2001012345")]
    cat.sru[EMMA] = [marcxml(EMMA, "Emma", author="Austen, Jane", year=2003),
                     marcxml(EMMA, "Emma (annotated)", author="Austen, Jane", year=2012)]
    dialog = open_queue(qtbot, ctx)
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 1).text() for r in range(3)} == {"waiting for a catalogue"}
    assert dialog.retry.isEnabled() and not dialog.add.isEnabled()
    dialog.grab().save("/tmp/queued-lookups-waiting.png")

    dialog.retry.click()
    settle(ctx)
    assert states(ctx.services) == {DUNE: "found", EMMA: "found", NOWHERE: "not_found"}
    assert "1 not known to any catalogue" in dialog.note.text()
    by_isbn = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(by_isbn[DUNE], 4).text().startswith("Dune")
    dialog.grab().save("/tmp/queued-lookups-found.png")

    dialog.table.selectRow(by_isbn[DUNE])
    assert dialog.add.isEnabled()
    dialog.add.click()
    settle(ctx)
    assert states(ctx.services)[DUNE] == "added"
    added = ctx.services.browse.books_with_isbn(DUNE)
    assert len(added) == 1
    with ctx.services.library.read() as s:
        assert s.scalar(select(BookMarc.book_id).where(BookMarc.book_id == added[0].book_id)) == added[0].book_id
    assert "is in the catalog" in dialog.note.text()

    # several records: the chooser, and the second one is the one added
    by_isbn = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    dialog.table.selectRow(by_isbn[EMMA])
    dialog.add.click()
    settle(ctx)
    chooser = dialog.findChild(HitChooser)
    assert chooser is not None and chooser.table.rowCount() == 2
    chooser.table.selectRow(1)
    chooser.accept()
    settle(ctx)
    emma = ctx.services.browse.books_with_isbn(EMMA)
    assert len(emma) == 1 and emma[0].title == "Emma (annotated)"
    assert states(ctx.services)[EMMA] == "added"

    # the ISBN nobody knows is removed from the queue
    by_isbn = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    dialog.table.selectRow(by_isbn[NOWHERE])
    dialog.drop.click()
    settle(ctx)
    assert NOWHERE not in states(ctx.services)
    assert dialog.table.rowCount() == 2


def test_a_clerk_looks_up_but_does_not_add(qtbot, ctx: UiContext, services: Services, cat: Catalogues,
                                           stock: Stock) -> None:
    dirk = services.accounts.create_staff(ctx.actor, username="dirk", display_name="Dirk", password="clerk pass 1",
                                          role="desk")
    clerk = UiContext(services=services, actor=staff_actor(dirk), worker=ctx.worker, settings=ctx.settings,
                      paths=ctx.paths)
    services.lookup.queue(clerk.actor, DUNE)
    cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990)]
    dialog = open_queue(qtbot, clerk)
    dialog.retry.click()
    settle(clerk)
    assert states(services) == {DUNE: "found"}
    dialog.table.selectRow(0)
    assert not dialog.add.isEnabled() and "Librarians" in dialog.add.toolTip()
    dialog.add_selected()  # even when called directly, the service refuses a clerk
    settle(clerk)
    assert services.browse.books_with_isbn(DUNE) == [] and states(services) == {DUNE: "found"}
    clerk.close()


def test_offline_look_up_now_leaves_them_waiting(qtbot, ctx: UiContext, admin: Actor, stock: Stock) -> None:
    from tests.lookupserver import free_port

    port = free_port()  # nothing listens there: the desk is offline
    ctx.services.setup.update_settings(admin, lookup_targets=f"sru http://127.0.0.1:{port}/sru bath.isbn Gone",
                                       lookup_timeout=2)
    ctx.services.lookup.queue(admin, DUNE)
    dialog = open_queue(qtbot, ctx)
    dialog.retry.click()
    settle(ctx)
    assert states(ctx.services) == {DUNE: "waiting"}
    assert "1 still waiting" in dialog.note.text()
