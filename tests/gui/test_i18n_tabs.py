"""The catalog, members and holds tabs, the error box and the self-service window speak the
installed language: a real German .qm (built by pyside6-lrelease from a small .ts) installed
in the running application, German dates, and the clerk's actions still reach the database.
Then the pseudo translation of ``test_i18n_wrapped`` finds no text of these screens outside
``tr()``, with data on screen (a loan, a hold, a chosen book and member)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox, QWidget
from test_i18n_wrapped import pseudo, untranslated  # noqa: F401  (the pseudo translation and its check)

from desktop_app.ui.catalog.tab import CatalogTab
from desktop_app.ui.common.context import UiContext
from desktop_app.ui.common.i18n import CONTEXT
from desktop_app.ui.holds.tab import HoldsTab
from desktop_app.ui.members.tab import MembersTab
from desktop_app.ui.shell.self_service import SelfServiceWindow

if TYPE_CHECKING:
    from conftest import Stock

GERMAN = {
    "Title": "Titel",
    "Status": "Zustand",
    "{count} titles": "{count} Titel",
    "Any": "Alle",
    "&Available now": "&Jetzt verfügbar",
    "On the shelf": "Im Regal",
    "On loan": "Ausgeliehen",
    "{count} copies, {shelf} on the shelf": "{count} Exemplare, davon {shelf} im Regal",
    "Please check": "Bitte prüfen",
    "Choose one or more copies in the list first": "Wählen Sie zuerst Exemplare in der Liste",
    "Loans ({count})": "Ausleihen ({count})",
    "Card": "Ausweis",
    "Block member": "Mitglied sperren",
    "Why is {card} blocked?": "Warum wird {card} gesperrt?",
    "Blocked {card}": "{card} gesperrt",
    "{category} member since {joined}, expires {expires}": "{category}, Mitglied seit {joined}, gültig bis {expires}",
    "Pickup by": "Abholen bis",
    "No uncollected holds to expire": "Keine abgelaufenen Vormerkungen",
    "Place hold": "Vormerken",
    "Hold placed for {member}: number {position} in line": "Vorgemerkt für {member}: Nummer {position}",
    "My library account — {member}": "Mein Bibliothekskonto — {member}",
    "My loans ({count})": "Meine Ausleihen ({count})",
    "Find a book": "Buch suchen",
}


def build_qm(folder: Path, translations: dict[str, str]) -> Path:
    """A .qm made the way the desk's own are: a .ts of the one context, then lrelease."""
    root = ET.Element("TS", version="2.1", language="de", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, text in translations.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts, qm = folder / "test_de.ts", folder / "test_de.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    return qm


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(build_qm(tmp_path, GERMAN)))
    before = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def escaping(root: QWidget) -> list[tuple[str, str]]:
    """The texts of ``root`` outside tr(), but for the scroll buttons of a tab bar (Qt's own
    texts, which Qt's translations cover)."""
    return [(where, text) for where, text in untranslated(root)
            if not where.endswith(("ScrollLeftButton", "ScrollRightButton"))]


def german_day(d: date) -> str:
    return QLocale(QLocale.Language.German).toString(QDate(d.year, d.month, d.day), "d. MMM yyyy")


def settle(ctx: UiContext) -> None:
    for _ in range(4):
        ctx.worker.wait_idle(20)
        QApplication.processEvents()


def messages(ctx: UiContext) -> list[str]:
    said: list[str] = []
    ctx.events.status_message.connect(said.append)
    return said


def test_catalog_headers_counts_copies_and_errors_in_german(qtbot, ctx: UiContext, stock: Stock,  # type: ignore[no-untyped-def]
                                                            german: None) -> None:
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Titel"
    assert tab.count.text() == "6 Titel"
    assert tab.filters.available.text() == "&Jetzt verfügbar"
    assert tab.filters.item_type.itemText(0) == "Alle" and tab.filters.language.itemText(0) == "Alle"

    loan = ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Dune"][0])
    qtbot.keyClicks(tab.search, "Dune")
    settle(ctx)
    assert tab.model.rowCount() == 1 and tab.current_book_id() == stock.books["Dune"]
    assert "2 Exemplare, davon 1 im Regal" in tab.detail.facts.text()
    copies = tab.detail.copies
    assert copies.headerData(1, Qt.Orientation.Horizontal) == "Zustand"
    shown = {copies.row_at(r).barcode: (copies.data(copies.index(r, 1)), copies.data(copies.index(r, 3)))
             for r in range(copies.rowCount())}
    assert shown == {stock.copies["Dune"][0]: ("Ausgeliehen", german_day(loan.due_date)),
                     stock.copies["Dune"][1]: ("Im Regal", "")}

    tab.detail.table.clearSelection()
    tab.detail.buttons["withdraw"].click()  # no copy chosen
    box = tab.detail.findChild(QMessageBox, "errorDialog")
    assert box is not None
    assert (box.windowTitle(), box.text()) == ("Bitte prüfen", "Wählen Sie zuerst Exemplare in der Liste")
    box.close()
    assert {c.status for c in ctx.services.catalog.book(stock.books["Dune"]).copies} == {"on_loan", "available"}


def test_members_tab_blocks_a_member_in_german(qtbot, ctx: UiContext, stock: Stock, german: None,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    ctx.services.circulation.checkout(ctx.actor, stock.ben, stock.copies["Emma"][0])
    said = messages(ctx)
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    qtbot.keyClicks(tab.search, stock.ben)
    settle(ctx)
    assert tab.current_card() == stock.ben
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Ausweis"
    assert tab.detail.tabs.tabText(0) == "Ausleihen (1)"
    member = ctx.services.members.get(stock.ben)
    assert f"Mitglied seit {german_day(member.joined)}, gültig bis {german_day(member.expires)}" \
        in tab.detail.facts.text()

    asked: list[tuple[str, str]] = []

    def answer(_parent: object, title: str, label: str, *rest: object, **kw: object) -> tuple[str, bool]:
        asked.append((title, label))
        return "lost card reported", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    tab.buttons["block"].click()
    settle(ctx)
    assert asked == [("Mitglied sperren", f"Warum wird {stock.ben} gesperrt?")]
    assert ctx.services.members.get(stock.ben).block_reason == "lost card reported"
    assert f"{stock.ben} gesperrt" in said


def test_holds_tab_places_a_hold_in_german(qtbot, ctx: UiContext, stock: Stock, german: None,  # type: ignore[no-untyped-def]
                                           monkeypatch) -> None:
    for code in stock.copies["Beloved"]:
        ctx.services.circulation.checkout(ctx.actor, stock.ana, code)
    said = messages(ctx)
    tab = HoldsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    assert tab.shelf.headerData(0, Qt.Orientation.Horizontal) == "Abholen bis"
    tab.expire()
    settle(ctx)
    assert tab.result.text() == "Keine abgelaufenen Vormerkungen"

    qtbot.keyClicks(tab.book_search, "Beloved")
    qtbot.keyClick(tab.book_search, Qt.Key.Key_Return)
    settle(ctx)
    assert tab.chosen_book() == stock.books["Beloved"]
    asked: list[str] = []

    def answer(_parent: object, title: str, *rest: object, **kw: object) -> tuple[str, bool]:
        asked.append(title)
        return stock.ben, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    tab.place()
    settle(ctx)
    assert asked == ["Vormerken"]
    assert [(h.member_name, h.position) for h in ctx.services.holds.queue(stock.books["Beloved"])] \
        == [("Ben Okafor", 1)]
    assert "Vorgemerkt für Ben Okafor: Nummer 1" in said


def test_self_service_window_in_german(qtbot, services, admin, worker, stock: Stock,  # type: ignore[no-untyped-def]
                                       german: None) -> None:
    services.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])
    actor = services.accounts.member_login(stock.ana, "1234")
    window = SelfServiceWindow(services, worker, actor, idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Mein Bibliothekskonto — Ana Ruiz"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Meine Ausleihen (1)", timeout=5000)
    assert window.tabs.tabText(2) == "Buch suchen"
    window.log_out("button")


def test_no_text_of_the_catalog_tab_escapes_tr(qtbot, ctx: UiContext, stock: Stock, pseudo) -> None:  # type: ignore[no-untyped-def]
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Dune"][0])
    ctx.services.holds.place(ctx.actor, stock.ben, stock.books["Dune"])
    tab = CatalogTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    assert tab.count.text() == "⟦6 titles⟧"
    qtbot.keyClicks(tab.search, "Dune")
    settle(ctx)
    assert tab.detail.view is not None and tab.detail.view.id == stock.books["Dune"]
    assert escaping(tab) == []
    copies = tab.detail.copies
    cells = [copies.data(copies.index(r, c)) for r in range(copies.rowCount()) for c in (1, 3)]
    assert "⟦On loan⟧" in cells and "⟦On the shelf⟧" in cells
    assert tab.model.data(tab.model.index(0, 6)) == "⟦1 of 2⟧"
    assert "⟦2 copies, 1 on the shelf⟧ · ⟦1 hold waiting⟧" in tab.detail.facts.text()
    tab.detail.table.clearSelection()
    tab.detail.buttons["lost"].click()  # no copy chosen
    box = tab.detail.findChild(QMessageBox, "errorDialog")
    assert box is not None and escaping(box) == []
    box.close()


def test_no_text_of_the_members_tab_escapes_tr(qtbot, ctx: UiContext, stock: Stock, pseudo) -> None:  # type: ignore[no-untyped-def]
    ctx.services.circulation.checkout(ctx.actor, stock.ben, stock.copies["Emma"][0])
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    qtbot.keyClicks(tab.search, stock.ben)
    settle(ctx)
    assert tab.detail.file is not None and tab.detail.file.detail.card_number == stock.ben
    assert tab.count.text() == "⟦1 member⟧"
    assert escaping(tab) == []
    assert [tab.detail.tabs.tabText(i) for i in range(4)] == ["⟦Loans (1)⟧", "⟦History (1)⟧", "⟦Holds (0)⟧",
                                                             "⟦Fees (0)⟧"]
    standing = tab.model.data(tab.model.index(0, 4))
    assert standing == "⟦OK⟧"


def test_no_text_of_the_holds_tab_escapes_tr(qtbot, ctx: UiContext, stock: Stock, pseudo) -> None:  # type: ignore[no-untyped-def]
    ctx.services.circulation.checkout(ctx.actor, stock.ana, stock.copies["Beloved"][0])
    ctx.services.holds.place(ctx.actor, stock.ben, stock.books["Beloved"])
    tab = HoldsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    settle(ctx)
    qtbot.keyClicks(tab.book_search, "Beloved")
    qtbot.keyClick(tab.book_search, Qt.Key.Key_Return)
    settle(ctx)
    assert tab.queue.rowCount() == 1 and tab.pulls.rowCount() == 1
    tab.book_choice.setProperty("i18n", "data")  # the books found: titles and authors
    assert escaping(tab) == []
    assert tab.queue.data(tab.queue.index(0, 4)) == "⟦waiting⟧"
    tab.expire()
    settle(ctx)
    assert tab.result.text() == "⟦No uncollected holds to expire⟧"


def test_no_text_of_the_self_service_window_escapes_tr(qtbot, services, admin, worker, stock: Stock,  # type: ignore[no-untyped-def]
                                                       pseudo) -> None:
    services.circulation.checkout(admin, stock.ana, stock.copies["Dune"][0])
    services.holds.place(admin, stock.ana, stock.books["Emma"])
    actor = services.accounts.member_login(stock.ana, "1234")
    window = SelfServiceWindow(services, worker, actor, idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.holds_list.count() == 1, timeout=5000)
    window.findChild(QLabel, "selfServiceHello").setProperty("i18n", "data")  # "Hello, <member>": checked below
    assert escaping(window) == []
    assert window.holds_list.accessibleName() == "⟦My holds⟧" and window.results.accessibleName() == "⟦Search results⟧"
    assert window.findChild(QLabel, "selfServiceHello").text() == "⟦Hello, Ana Ruiz⟧"
    assert window.windowTitle() == "⟦My library account — Ana Ruiz⟧"
    assert window.holds_list.item(0).text() == "⟦Emma — waiting⟧"
    window.renew_button.click()  # nothing touched yet
    assert window.message.text() == "⟦Touch a loan first, then Renew.⟧"
    window.log_out("button")
