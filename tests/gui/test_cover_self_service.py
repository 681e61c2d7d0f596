"""Covers in the member's self-service window: the chosen search result's cover, read on the
worker when it is chosen; nothing shown for a book without one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.ui.shell.self_service import SelfServiceWindow
from tests.lookupserver import cover_jpeg

if TYPE_CHECKING:
    from conftest import Stock


def test_the_chosen_book_shows_its_cover(qtbot, services, admin, worker, stock: Stock) -> None:  # type: ignore[no-untyped-def]
    services.lookup.set_cover(admin, stock.books["Solaris"], cover_jpeg(200, 300, (30, 90, 160)), source="s.jpg")
    actor = services.accounts.member_login(stock.ana, "1234")
    window = SelfServiceWindow(services, worker, actor)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.tabs.setCurrentIndex(2)
    qtbot.keyClicks(window.search, "Solaris")
    qtbot.waitUntil(lambda: window.cover.cover is not None, timeout=5000)
    assert window.cover.isVisible() and window.cover.pixmap().height() == 240
    window.grab().save("/tmp/cover-self-service.png")
    window.search.clear()
    qtbot.keyClicks(window.search, "Emma")
    qtbot.waitUntil(lambda: window.results.count() >= 1 and window.results.item(0).text().startswith("Emma"),
                    timeout=5000)
    worker.wait_idle(10)
    qtbot.waitUntil(lambda: not window.cover.isVisible(), timeout=5000)
    assert window.cover.cover is None
