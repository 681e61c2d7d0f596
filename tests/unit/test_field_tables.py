"""Declared once: the field tables of book, copy and member agree with the service inputs, the
server's bodies are derived from them, and one vocabulary of item types reaches everywhere
(input, CSV, MARC, the server, old databases)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields

import pytest
from sqlalchemy import text

from desktop_app.config import Paths
from desktop_app.db import migrate
from desktop_app.db.engine import sqlite_engine
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.fields import BOOK, COPY, MEMBER
from desktop_app.domain.values import ItemType
from desktop_app.server.api.schemas_catalog import BookDetail, BookIn, CopyIn
from desktop_app.server.api.schemas_people import MemberIn, MemberOut
from desktop_app.services import Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput, item_type
from desktop_app.services.people.members import MemberInput


@pytest.mark.parametrize(("table", "dataclass"), [(BOOK, BookInput), (COPY, CopyInput), (MEMBER, MemberInput)])
def test_the_inputs_take_exactly_the_typed_fields(table, dataclass) -> None:
    typed = set(table.names(typed=True))
    # a book's authors are a list of (name, role) of their own, not a field of the book row
    assert typed == {f.name for f in fields(dataclass)} - {"authors"}, table.entity


def test_server_bodies_are_derived_from_the_tables() -> None:
    assert set(BookIn.model_fields) >= set(BOOK.names(typed=True))
    assert set(MemberIn.model_fields) - {"expected_version"} == set(MEMBER.names(typed=True))
    assert set(CopyIn.model_fields) <= set(COPY.names(typed=True))
    assert set(BookDetail.model_fields) >= set(BOOK.names(shown=True)) - {"author_names"}  # authors: a list
    assert set(MemberOut.model_fields) >= set(MEMBER.names(shown=True))
    assert "notes" not in MemberOut.model_fields  # a member's notes are staff-only text: never served
    title = BookIn.model_json_schema()["properties"]["title"]
    assert title["maxLength"] == BOOK["title"].limit and title["title"] == BOOK["title"].label
    kinds = BookIn.model_json_schema()["properties"]["item_type"]["enum"]
    assert kinds == [k.value for k in ItemType]


@pytest.mark.parametrize(("word", "kind"), [
    ("", ItemType.BOOK), ("Book", ItemType.BOOK), ("BK", ItemType.BOOK), ("Large print", ItemType.BOOK),
    ("reference", ItemType.BOOK), ("DVD", ItemType.DVD), ("Blu-ray", ItemType.DVD), ("video", ItemType.DVD),
    ("audio_book", ItemType.AUDIOBOOK), ("CD", ItemType.MUSIC), ("Serial", ItemType.MAGAZINE),
    ("video game", ItemType.GAME), ("e-book", ItemType.EBOOK), ("laserdisc", None),
])
def test_item_type_words(word: str, kind: ItemType | None) -> None:
    assert ItemType.parse(word) == kind
    assert all(k.label for k in ItemType)


def test_input_refuses_an_unknown_item_type_and_names_the_field() -> None:
    assert item_type("Blu-ray") == "dvd"
    with pytest.raises(InvalidInput, match="laserdisc") as caught:
        item_type("laserdisc")
    assert caught.value.field == "item_type"


def test_upgrade_to_0006_maps_old_item_type_words(tmp_path) -> None:
    paths = Paths(tmp_path)
    svc = Services(open_library(paths))
    svc.setup.initialise(library_name="Old words", admin_username="admin", admin_name="A", admin_password="pw pw pw pw")
    svc.close()
    engine = sqlite_engine(paths.database)
    migrate.downgrade(engine, "0005")
    engine.dispose()
    con = sqlite3.connect(paths.database)
    with con:
        for i, word in enumerate(("video", "reference", "book", "laserdisc", "Blu-ray")):
            con.execute("INSERT INTO books (id, uuid, title, title_sort, author_names, author_sort, isbn_search, "
                        "item_type, version, created_at, updated_at) VALUES (?, ?, ?, ?, '', '', '', ?, 1, "
                        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')", (i + 1, f"u{i}", f"T{i}", f"t{i}", word))
        con.execute("UPDATE member_categories SET item_type_loan_days = ? WHERE code = 'adult'",
                    ('{"video": 7, "reference": 2}',))
    con.close()
    svc = Services(open_library(paths))  # opening migrates (a backup first)
    try:
        assert migrate.current_revision(svc.library.engine) == migrate.SCHEMA_HEAD  # 0006 and all after it
        with svc.library.read() as s:
            kinds = [r[0] for r in s.execute(text("SELECT item_type FROM books ORDER BY id"))]
            days = s.execute(text("SELECT item_type_loan_days FROM member_categories WHERE code = 'adult'")).scalar()
        assert kinds == ["dvd", "book", "book", "other", "dvd"]
        assert (json.loads(days) if isinstance(days, str) else days) == {"dvd": 7, "book": 2}
    finally:
        svc.close()
