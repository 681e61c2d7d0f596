"""New book driven like a scanner: an ISBN scanned into "Look up ISBN" asks real catalogues on
127.0.0.1 on the worker, fills the form (a chooser for several records), and saving keeps the
record and the cover; offline, the ISBN can be queued. The database is checked after each save."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from desktop_app.db.record_models import BookCover, BookMarc, LookupRequest
from desktop_app.services import Actor
from desktop_app.ui.catalog.dialog import BookDialog
from desktop_app.ui.catalog.lookup import HitChooser
from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext
from tests.lookupserver import Catalogues, catalogue_server, cover_jpeg, free_port, marcxml

if TYPE_CHECKING:
    from conftest import Stock

DUNE = "9780441013593"
CTRL = Qt.KeyboardModifier.ControlModifier


def settle(ctx: UiContext) -> None:
    for _ in range(4):
        ctx.worker.wait_idle(20)
        QApplication.processEvents()


def scan(qtbot, widget: QWidget, code: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, code, delay=2)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def cat(ctx: UiContext, admin: Actor) -> Iterator[Catalogues]:
    with catalogue_server() as server:
        ctx.services.setup.update_settings(admin, lookup_targets=server.targets(), lookup_timeout=3)
        yield server


@pytest.fixture
def tab(qtbot, ctx: UiContext, stock: Stock) -> CatalogTab:  # type: ignore[no-untyped-def]
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    settle(ctx)
    return tab


def open_new(qtbot, tab: CatalogTab) -> BookDialog:  # type: ignore[no-untyped-def]
    dialog = tab.new_book()
    qtbot.waitExposed(dialog)
    assert dialog.lookup is not None and dialog.focusWidget() is dialog.lookup.field
    return dialog


def test_a_scanned_isbn_fills_the_form_and_saving_keeps_record_and_cover(qtbot, ctx: UiContext, tab: CatalogTab,
                                                                         cat: Catalogues) -> None:
    cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990, publisher="Ace Books",
                             control="2001012345", subjects=("Desert planets -- Fiction.",))]
    cat.covers[DUNE] = cover_jpeg(600, 900)
    dialog = open_new(qtbot, tab)
    assert dialog.lookup is not None
    scan(qtbot, dialog.lookup.field, "9780441013593")
    settle(ctx)
    assert dialog.title.text() == "Dune" and dialog.publisher.text() == "Ace Books" and dialog.year.value() == 1990
    assert dialog.author_list() == [("Herbert, Frank", "author")] and dialog.isbn.text() == DUNE
    assert "Filled from Test SRU" in dialog.lookup.note.text()
    assert dialog.isVisible()  # the clerk checks before saving: nothing written yet
    assert ctx.services.browse.books_with_isbn(DUNE) == []
    dialog.grab().save("/tmp/lookup-filled.png")
    qtbot.keyClicks(dialog.edition, "Ace ed.")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return, CTRL)
    settle(ctx)
    assert dialog.result() == dialog.DialogCode.Accepted
    [match] = ctx.services.browse.books_with_isbn(DUNE)
    view = ctx.services.catalog.book(match.book_id)
    assert view.values["edition"] == "Ace ed." and view.values["publisher"] == "Ace Books"
    with ctx.services.library.read() as s:
        kept = s.get(BookMarc, match.book_id)
        cover = s.get(BookCover, match.book_id)
        assert kept is not None and kept.control_number == "DLC 2001012345"
        assert cover is not None and cover.height == 300 and cover.width == 200
    # the detail shows the cover
    tab.search.setText("Dune")
    settle(ctx)
    tab.detail.show_book(view)
    settle(ctx)
    assert tab.detail.cover.cover is not None and tab.detail.cover.picture.pixmap().height() == 150
    tab.grab().save("/tmp/lookup-detail.png")


def test_several_records_are_offered_to_choose_from(qtbot, ctx: UiContext, tab: CatalogTab,
                                                   cat: Catalogues) -> None:
    cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990, publisher="Ace Books")]
    cat.books[DUNE] = {"title": "Dune", "authors": [{"name": "Frank Herbert"}], "publishers": [{"name": "Chilton"}],
                       "publish_date": "1965", "number_of_pages": 412}
    dialog = open_new(qtbot, tab)
    assert dialog.lookup is not None
    scan(qtbot, dialog.lookup.field, DUNE)
    settle(ctx)
    [chooser] = [c for c in dialog.findChildren(HitChooser) if c.isVisible()]
    assert chooser.table.rowCount() == 2 and chooser.table.item(1, 4).text() == "Test Open Library"
    chooser.grab().save("/tmp/lookup-chooser.png")
    qtbot.keyClick(chooser.table, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.table, Qt.Key.Key_Return)
    settle(ctx)
    assert dialog.publisher.text() == "Chilton" and dialog.year.value() == 1965
    assert dialog.author_list() == [("Frank Herbert", "author")]
    dialog.save()
    settle(ctx)
    [match] = ctx.services.browse.books_with_isbn(DUNE)
    assert ctx.services.catalog.book(match.book_id).values["publisher"] == "Chilton"


def test_offline_offers_to_queue_the_isbn(qtbot, ctx: UiContext, tab: CatalogTab, admin: Actor) -> None:
    port = free_port()
    ctx.services.setup.update_settings(admin, lookup_targets=f"sru http://127.0.0.1:{port}/sru bath.isbn Away",
                                       lookup_timeout=2)
    dialog = open_new(qtbot, tab)
    assert dialog.lookup is not None
    scan(qtbot, dialog.lookup.field, "0-441-01359-7")
    settle(ctx)
    [box] = [b for b in dialog.findChildren(QMessageBox, "lookupOffline") if b.isVisible()]
    assert "Away cannot be reached at 127.0.0.1" in box.informativeText()
    box.grab().save("/tmp/lookup-offline.png")
    box.findChild(QPushButton, "lookupQueue").click()
    settle(ctx)
    with ctx.services.library.read() as s:
        assert s.scalars(select(LookupRequest.isbn)).all() == [DUNE]
    assert "is queued" in dialog.lookup.note.text()


def test_a_bad_isbn_is_named_and_nothing_is_asked(qtbot, ctx: UiContext, tab: CatalogTab, cat: Catalogues) -> None:
    dialog = open_new(qtbot, tab)
    assert dialog.lookup is not None
    scan(qtbot, dialog.lookup.field, "9780441013594")
    settle(ctx)
    assert "check digit" in dialog.lookup.note.text() and cat.requests == []
    assert dialog.isVisible() and dialog.focusWidget() is dialog.lookup.field


def test_replace_cover_from_a_file(qtbot, ctx: UiContext, tab: CatalogTab, stock: Stock, tmp_path) -> None:
    view = ctx.services.catalog.book(stock.books["Emma"])
    tab.detail.show_book(view)
    settle(ctx)
    box = tab.detail.cover
    assert box.cover is None and box.picture.text() == "No cover" and box.replace.isVisible()
    not_a_picture = tmp_path / "emma.jpg"
    not_a_picture.write_bytes(b"this is text, not a picture" * 20)
    box.replace_from(str(not_a_picture))
    settle(ctx)
    error = next(b for b in box.findChildren(QMessageBox, "errorDialog"))
    assert "not a picture" in error.text()
    error.close()
    picture = tmp_path / "emma.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(800, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(picture), "PNG")
    box.replace_from(str(picture))
    settle(ctx)
    cover = ctx.services.lookup.cover(stock.books["Emma"])
    assert cover is not None and (cover.mime, cover.width, cover.height) == ("image/jpeg", 200, 300)
    assert box.picture.pixmap().height() == 150
    tab.detail.grab().save("/tmp/lookup-replaced.png")
