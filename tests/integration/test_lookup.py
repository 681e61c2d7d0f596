"""ISBN look-up against a real HTTP server on 127.0.0.1 answering like an SRU service (MARCXML)
and the Open Library Books API (JSON and covers): hits, several hits, not found, diagnostics,
timeouts, a refused port (offline -> queued -> filled later), broken answers, roles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop_app.db.record_models import BookCover, BookMarc, LookupRequest
from desktop_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from desktop_app.formats.marc_raw import parse_record
from desktop_app.services import Actor, Services, schedule
from desktop_app.services.catalog import BookInput
from desktop_app.services.lookup import target_of
from desktop_app.services.lookup.http import BAD_DATA, DIAGNOSTIC, HTTP, OFFLINE, TIMEOUT
from tests.lookupserver import Catalogues, catalogue_server, cover_jpeg, free_port, marcxml

DUNE = "9780441013593"
DUNE10 = "0441013597"
HOBBIT = "9780261102217"


@pytest.fixture
def cat(services: Services, admin: Actor) -> Iterator[Catalogues]:
    with catalogue_server() as server:
        services.setup.update_settings(admin, lookup_targets=server.targets(), lookup_timeout=2)
        yield server


def _dune(cat: Catalogues) -> None:
    cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990, publisher="Ace Books",
                             control="2001012345", subjects=("Desert planets -- Fiction.",), series="Dune chronicles")]


def test_sru_hit_is_mapped_like_an_import_and_asks_both_isbn_forms(services: Services, cat: Catalogues) -> None:
    _dune(cat)
    result = services.lookup.look_up("978-0-441-01359-3")
    assert [h.source for h in result.hits] == ["Test SRU"] and result.failures == []
    hit = result.hits[0]
    data = hit.input
    assert (data.title, data.isbn, data.publisher, data.year) == ("Dune", DUNE, "Ace Books", 1990)
    assert data.authors == [("Herbert, Frank", "author")]
    assert "Desert planets -- Fiction" in data.subjects[0]
    path, query = cat.requests[0]
    assert path == "/sru"
    assert query["version"] == ["1.1"] and query["operation"] == ["searchRetrieve"]
    assert query["recordSchema"] == ["marcxml"] and query["maximumRecords"]
    assert query["query"] == [f'bath.isbn="{DUNE}" or bath.isbn="{DUNE10}"']
    raw = parse_record(hit.marc or b"")
    assert raw.first("001").value == "2001012345"  # type: ignore[union-attr]
    assert raw.first("040") is not None and raw.first("300") is not None  # kept whole, not just what is mapped
    # the Open Library target was asked too (it had nothing)
    assert any(p == "/ol/api/books" for p, _ in cat.requests)


def test_several_hits_from_both_kinds(services: Services, cat: Catalogues) -> None:
    _dune(cat)
    cat.sru[DUNE].append(marcxml(DUNE, "Dune", author="Herbert, Frank", year=2005, publisher="Hodder"))
    cat.books[DUNE] = {"title": "Dune", "authors": [{"name": "Frank Herbert", "url": "x"}],
                       "publishers": [{"name": "Ace"}], "publish_date": "August 2, 2005",
                       "number_of_pages": 528, "subjects": [{"name": "Science fiction", "url": "y"}],
                       "identifiers": {"isbn_13": [DUNE], "isbn_10": [DUNE10]},
                       "url": "https://openlibrary.org/books/OL1M/Dune"}
    result = services.lookup.look_up(DUNE)
    assert [(h.source, h.record.year) for h in result.hits] == [
        ("Test SRU", 1990), ("Test SRU", 2005), ("Test Open Library", 2005)]
    ol = result.hits[2]
    assert ol.marc is None and ol.input.extent == "528 pages" and ol.input.subjects == ["Science fiction"]
    assert ol.cover_url == f"{cat.ol_url}/b/isbn/{DUNE}-M.jpg?default=false"
    assert "3 records found" in result.message


def test_not_found_everywhere(services: Services, cat: Catalogues) -> None:
    result = services.lookup.look_up(HOBBIT)
    assert result.hits == [] and result.reached
    assert result.message == f"No catalogue asked knows ISBN {HOBBIT}"


def test_invalid_isbn_is_refused_before_asking(services: Services, cat: Catalogues) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.lookup.look_up("978-0-441-01359-4")
    assert refused.value.field == "isbn" and "check digit" in refused.value.message
    assert cat.requests == []


@pytest.mark.parametrize(("mischief", "kind", "words"), [
    ("diagnostic", DIAGNOSTIC, "refused the search: Query syntax error; bath.isbn"),
    ("broken", BAD_DATA, "sent broken XML"),
    ("status", HTTP, "HTTP 503"),
])
def test_a_misbehaving_catalogue_says_what_is_wrong(services: Services, cat: Catalogues, mischief: str,
                                                    kind: str, words: str) -> None:
    setattr(cat, mischief, {"diagnostic": "bath.isbn", "broken": True, "status": 503}[mischief])
    result = services.lookup.look_up(DUNE)
    assert result.hits == []
    sru = result.failures[0]
    assert (sru.target, sru.kind) == ("Test SRU", kind) and words in sru.message
    assert result.reached  # answered, if badly: not a reason to queue the ISBN


def test_xml_with_entities_is_refused(services: Services, cat: Catalogues) -> None:
    cat.sru[DUNE] = ['<!DOCTYPE x [<!ENTITY a "aaaa">]><marc:record/>']
    result = services.lookup.look_up(DUNE)
    assert result.failures[0].kind == BAD_DATA and "document type" in result.failures[0].message


def test_timeout_then_the_next_target_answers(services: Services, admin: Actor, cat: Catalogues) -> None:
    services.setup.update_settings(admin, lookup_timeout=1)
    cat.sleep = 1.6
    result = services.lookup.look_up(DUNE)
    assert {f.kind for f in result.failures} == {TIMEOUT}
    assert "did not answer within 1 seconds" in result.failures[0].message
    assert not result.reached and "No catalogue could be reached" in result.message


def test_offline_queue_then_filled_by_the_scheduled_job(services: Services, admin: Actor, desk: Actor,
                                                        librarian: Actor) -> None:
    port = free_port()
    services.setup.update_settings(
        admin, lookup_targets=f"sru http://127.0.0.1:{port}/sru bath.isbn Test SRU", lookup_timeout=2)
    result = services.lookup.look_up(DUNE)
    assert not result.reached and result.failures[0].kind == OFFLINE
    assert "cannot be reached at 127.0.0.1" in result.failures[0].message
    queued = services.lookup.queue(desk, DUNE)  # a clerk may queue
    assert services.lookup.queue(desk, DUNE10).id == queued.id  # the same book, one request
    # still offline: the job leaves it waiting and says so
    schedule.run_job(services.library, "lookups", force=True)
    assert [(r.state, r.tries) for r in services.lookup.requests()] == [("waiting", 1)]
    with catalogue_server(port) as cat:
        _dune(cat)
        done = schedule.run_job(services.library, "lookups", force=True)
        assert done.ok and "1 found" in done.message
        again = services.lookup.retry_waiting(desk)  # idempotent: a found request is not asked again
        assert again == "no ISBNs were waiting to be looked up"
        assert len(cat.requests) == 1
        (request,) = services.lookup.requests()
        assert request.state == "found"
        assert "Dune / Herbert, Frank, Ace Books, 1990 (Test SRU)" in (request.message or "")
        with pytest.raises(PermissionDenied):
            services.lookup.add_found(desk, request.id)
        book_id = services.lookup.add_found(librarian, request.id)
    assert services.catalog.book(book_id).values["title"] == "Dune"
    with services.library.read() as s:
        row = s.scalar(select(LookupRequest))
        assert row is not None and (row.state, row.book_id) == ("added", book_id)
        kept = s.get(BookMarc, book_id)
        assert kept is not None and kept.control_number == "DLC 2001012345" and kept.source == "Test SRU"


def test_add_hit_keeps_record_and_resized_cover(services: Services, librarian: Actor, desk: Actor,
                                                cat: Catalogues) -> None:
    _dune(cat)
    cat.covers[DUNE] = cover_jpeg(600, 900)
    hit = services.lookup.look_up(DUNE).hits[0]
    with pytest.raises(PermissionDenied):
        services.lookup.add_hit(desk, hit)
    book_id = services.lookup.add_hit(librarian, hit)
    cover = services.lookup.cover(book_id)
    assert cover is not None and cover.mime == "image/jpeg" and (cover.width, cover.height) == (200, 300)
    with services.library.read() as s:
        row = s.get(BookCover, book_id)
        assert row is not None and row.source.endswith(f"/b/isbn/{DUNE}-M.jpg?default=false")
        assert s.get(BookMarc, book_id) is not None
    with pytest.raises(Conflict, match="already has 'Dune'"):
        services.lookup.add_hit(librarian, hit)


def test_no_cover_when_switched_off_or_missing(services: Services, admin: Actor, librarian: Actor,
                                               cat: Catalogues) -> None:
    _dune(cat)
    hit = services.lookup.look_up(DUNE).hits[0]
    assert services.lookup.fetch_cover(hit) is None  # the server has none: 404
    asked = [p for p, _ in cat.requests if "/b/isbn/" in p]
    assert asked == [f"/ol/b/isbn/{DUNE}-M.jpg"]  # Open Library's cover by ISBN for an SRU hit
    cat.covers[DUNE] = cover_jpeg()
    services.setup.update_settings(admin, fetch_covers=False)
    assert services.lookup.fetch_cover(hit) is None
    assert [p for p, _ in cat.requests if "/b/isbn/" in p] == asked  # not asked again


def test_replace_cover_checks_the_file(services: Services, librarian: Actor, desk: Actor) -> None:
    book_id = services.catalog.add_book(librarian, BookInput(title="Emma"))
    with pytest.raises(InvalidInput, match="not a picture"):
        services.lookup.set_cover(librarian, book_id, b"%PDF-1.4 not an image" * 10, source="emma.pdf")
    with pytest.raises(PermissionDenied):
        services.lookup.set_cover(desk, book_id, cover_jpeg(), source="emma.jpg")
    big = cover_jpeg(1200, 600)
    cover = services.lookup.set_cover(librarian, book_id, big, source="emma.jpg")
    assert (cover.width, cover.height) == (300, 150)
    assert services.lookup.cover(book_id) == cover


def test_target_guessed_from_an_address() -> None:
    assert target_of("https://openlibrary.org").kind == "openlibrary"
    assert target_of("http://127.0.0.1:8080/ol/openlibrary").kind == "openlibrary"
    sru = target_of("http://lx2.loc.gov:210/LCDB")
    assert (sru.kind, sru.index, sru.name) == ("sru", "bath.isbn", "lx2.loc.gov")
    with pytest.raises(InvalidInput):
        target_of("ftp://example.org")
