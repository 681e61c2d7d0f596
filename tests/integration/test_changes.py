"""The core says what changed: every committed write publishes the kinds of data it touched
(whatever path wrote them: the ORM, an import's bulk statements, a sync pull's replay); a
refused or rolled-back action and a read publish nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_fixtures import (  # noqa: F401  (fixtures)
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
)

from desktop_app.domain.errors import LibraryError
from desktop_app.services import Actor, Services
from desktop_app.services.changes import Changes
from desktop_app.services.interchange import import_file


@pytest.fixture
def heard(services: Services) -> list[Changes]:
    seen: list[Changes] = []
    services.library.subscribe(seen.append)
    return seen


def kinds(seen: list[Changes]) -> set[str]:
    out: set[str] = set()
    for c in seen:
        out |= c.kinds
    seen.clear()
    return out


def test_each_action_says_what_it_changed(services: Services, admin: Actor, make_book, make_member,
                                          heard: list[Changes]) -> None:
    _book_id, (code,) = make_book("Dune")
    assert kinds(heard) == {"books", "copies", "journal"}
    card = make_member("Ana")
    assert kinds(heard) == {"members", "journal"}
    services.circulation.checkout(admin, card, code)
    assert {"loans", "copies", "journal"} <= kinds(heard)
    other_id, _ = make_book("Emma")
    kinds(heard)
    services.holds.place(admin, card, other_id)
    assert "holds" in kinds(heard)
    services.fees.charge(admin, card, 100, "Damaged")
    assert "fees" in kinds(heard)
    services.setup.update_settings(admin, pickup_days=5)
    assert kinds(heard) == {"settings"}
    services.search.books("Dune")
    services.reports.counts()
    assert heard == []  # reads say nothing
    with pytest.raises(LibraryError):
        services.circulation.checkout(admin, card, "NO-SUCH-COPY")
    assert heard == []  # a refused action changed nothing


def test_a_rolled_back_write_says_nothing(services: Services, heard: list[Changes]) -> None:
    from desktop_app.db.models import Setting

    with pytest.raises(RuntimeError), services.library.write() as s:
        s.add(Setting(key="scratch", value="x", updated_at=services.library.now()))
        s.flush()
        raise RuntimeError("changed my mind")
    assert heard == []
    with services.library.write() as s:  # and the next write does not inherit its tables
        s.get(Setting, "library_name")
    assert heard == []


def test_an_import_through_bulk_statements_says_books(services: Services, librarian: Actor, tmp_path: Path,
                                                      heard: list[Changes]) -> None:
    path = tmp_path / "books.csv"
    path.write_text("Title,Author\nDune,\"Herbert, Frank\"\nEmma,\"Austen, Jane\"\n", encoding="utf-8")
    report = import_file(services, librarian, path)
    assert report.status == "imported"
    assert "books" in kinds(heard)
    dry = import_file(services, librarian, path, dry_run=True)
    assert dry.status == "dry_run" and heard == []  # rolled back: nothing to tell


def test_a_sync_pull_says_what_arrived(server, new_desk, kit) -> None:
    a, b = new_desk("A"), new_desk("B")
    seen: list[Changes] = []
    b.services.library.subscribe(seen.append)
    a.services.circulation.checkout(a.admin, kit.cards[0], kit.barcodes[0])
    a.sync.sync_now()
    b.sync.sync_now()
    assert {"loans", "copies"} <= kinds(seen)
