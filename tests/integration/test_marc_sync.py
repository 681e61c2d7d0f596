"""Kept MARC records travel with their books (issue 11, part 3), through a real server process
on 127.0.0.1 and two real desk databases: a record imported at one desk reaches the server and
the second desk byte for byte; an edit at the second desk comes back to the first and both
export the record with the edit merged; a record kept for a looked-up book (``keep_record``)
travels the same way; a record too big for sync stays at its desk and its book still travels."""

from __future__ import annotations

from pathlib import Path

from marc_files import desk_made, read_back, shape
from sqlalchemy import select
from sync_fixtures import (  # noqa: F401  (fixtures)
    Desk,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.db.models import Book, BookMarc
from desktop_app.formats.marc_raw import MarcField, RawRecord, build_record
from desktop_app.services.catalog.input import BookInput
from desktop_app.services.catalog.records import SYNC_LIMIT, keep_record
from desktop_app.services.interchange import export, import_file
from desktop_app.services.transaction import action


def records(desk: Desk) -> dict[str, bytes]:
    """Book uuid -> kept record."""
    with desk.services.library.read() as s:
        return {u: bytes(d) for u, d in s.execute(select(Book.uuid, BookMarc.data)
                                                  .join(BookMarc, BookMarc.book_id == Book.id))}


def server_records(server, uuids: list[str]) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    rows = server.query("SELECT b.uuid, r.data FROM book_records r JOIN books b ON b.id = r.book_id")
    return {u: bytes(d) for u, d in rows if u in uuids}


def book_id(desk: Desk, title: str) -> int:
    with desk.services.library.read() as s:
        found = s.scalar(select(Book.id).where(Book.title == title))
    assert found is not None, title
    return int(found)


def test_records_travel_to_the_server_and_the_second_desk(server, new_desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = new_desk("A"), new_desk("B")
    source = desk_made(tmp_path / "desk_made.mrc")
    assert import_file(a.services, a.admin, source).counts["new"] == 2
    sync_all([a, b])
    at_a = records(a)
    assert len(at_a) == 2
    assert server_records(server, list(at_a)) == at_a
    assert {u: records(b)[u] for u in at_a} == at_a

    # an edit at B is merged into the record when A exports it; B's export is the same
    target = book_id(b, "The colour of magic")
    view = b.services.catalog.book(target)
    v = view.values
    b.services.catalog.edit_book(b.admin, target, BookInput(
        title="The Colour of Magic", series=str(v["series"]), series_number=str(v["series_number"]),
        extent=str(v["extent"]), edition=str(v["edition"]), publisher=str(v["publisher"]), year=int(str(v["year"])),
        language=str(v["language"]), item_type=str(v["item_type"]),
        subjects=str(v["subjects"]).split("; "), links=str(v["links"]).split("; "),
        authors=[*view.authors, ("Kirby, Josh", "illustrator")]))
    sync_all([b, a])
    exports = {}
    for desk in (a, b):
        out = tmp_path / f"{desk.name}.mrc"
        export(desk.services, desk.admin, "marc", out)
        exports[desk.name] = {r["001"].data: r for r in read_back(out) if r.get("001") is not None}
    assert shape(exports["A"]["dm000001"]) == shape(exports["B"]["dm000001"])
    made = {r["001"].data: r for r in read_back(source)}
    edited = exports["A"]["dm000001"]
    assert edited["245"]["a"].startswith("The Colour of Magic")
    assert edited["245"]["c"] == made["dm000001"]["245"]["c"]
    assert edited.get_fields("700")[-1]["a"].startswith("Kirby, Josh")
    for tag in ("100", "440", "490", "600", "610", "630", "650", "655", "800", "830", "856"):
        assert shape_of(edited, tag) == shape_of(made["dm000001"], tag), tag
    assert shape(exports["A"]["dm000002"]) == shape(made["dm000002"])


def shape_of(record, tag: str) -> list[object]:  # type: ignore[no-untyped-def]
    return [x for x in shape(record) if x[0] == tag]


def _record(title: str, *, pad: int = 0) -> bytes:
    fields = [MarcField("001", value=f"kr-{title[:8]}"), MarcField("003", value="XxLD"),
              MarcField("245", ind1="0", ind2="0", subfields=[("a", title)])]
    if pad:
        fields.append(MarcField("500", subfields=[("a", "x" * 9000)]))
        fields.append(MarcField("500", subfields=[("a", "y" * pad)]))
    return build_record(RawRecord("00000nam a2200000 i 4500", fields))


def test_a_kept_record_of_a_looked_up_book_travels(server, new_desk) -> None:  # type: ignore[no-untyped-def]
    a, b = new_desk("A"), new_desk("B")
    small, big = _record("Looked up here"), _record("Too big to travel", pad=9000)
    assert len(big) > SYNC_LIMIT
    ids = [a.services.catalog.add_book(a.admin, BookInput(title=t)) for t in ("Looked up here", "Too big to travel")]
    with action(a.services.library, a.admin) as tx:
        for book, data in zip(ids, (small, big), strict=True):
            keep_record(tx, tx.s.get(Book, book), data, "lookup:test")
    sync_all([a, b])
    uuids = {t: b.services.catalog.book(book_id(b, t)).uuid for t in ("Looked up here", "Too big to travel")}
    at_b = records(b)
    assert at_b[uuids["Looked up here"]] == small
    assert uuids["Too big to travel"] not in at_b  # the book came, its record stayed at A
    assert set(uuids.values()) <= set(records(a))  # A keeps both
    with b.services.library.read() as s:
        source = s.scalar(select(BookMarc.source).join(Book, Book.id == BookMarc.book_id)
                          .where(Book.uuid == uuids["Looked up here"]))
    assert source == "lookup:test"
