"""The change feed never lets a pull skip a change that commits late (SYNC.md: "sequence
numbers are handed out before commit, so ``WHERE seq > cursor`` can skip a row that commits
late"), on SQLite and on PostgreSQL.

The scenario: transaction A takes feed sequence N+1 and does not commit yet; transaction B
writes meanwhile and would take N+2; a desk pulls in between. If B could commit N+2 before A
committed N+1, the pull would return N+2, the desk's cursor would move past N+1 and A's change
would never reach it. The feed prevents this by making every writing transaction lock the
feed counter row at its first write until it ends: B cannot take a sequence (it waits) while
A holds one, so sequences commit in order. On PostgreSQL this is proven twice: with the
server's engine (which also serialises writers with an advisory lock) and with a plain
engine, where the feed's own counter lock is the only thing standing between B and a skip.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select

from desktop_app.db.engine import reader
from desktop_app.db.models import Book
from desktop_app.server.sync import feed as sync_feed
from desktop_app.server.sync.pull import decode_cursor, read_page
from desktop_app.services import Library

WAIT_S = 10


@pytest.fixture(params=["server engine", "plain engine"])
def feed_lib(request: pytest.FixtureRequest, api) -> Iterator[Library]:
    """The server's library (feed hook installed), or on PostgreSQL the same database behind
    a plain SQLAlchemy engine without the writers' advisory lock."""
    if request.param == "server engine":
        yield api.services.library
        return
    if api.backend != "postgres":
        pytest.skip("SQLite writers are serialised by BEGIN IMMEDIATE whatever the engine")
    engine = create_engine(api.settings.database_url, pool_size=5)
    sync_feed.install(engine)
    try:
        yield Library(engine)
    finally:
        engine.dispose()


def drain(lib: Library, cursor: str | None, limit: int = 1000) -> tuple[str, list[dict]]:
    """Follow the feed from ``cursor`` to its end, as a desk does; returns the last cursor and
    every change seen."""
    seen: list[dict] = []
    while True:
        with reader(lib.engine).connect() as conn:  # as the pull endpoint reads: no write lock
            page = read_page(conn, cursor, limit)
        assert decode_cursor(page.cursor) >= decode_cursor(cursor), "the cursor went backwards"
        seen.extend(page.changes)
        cursor = page.cursor
        if not page.has_more:
            return cursor, seen


def book_uuids(lib: Library, count: int) -> list[str]:
    with lib.read() as s:
        return list(s.scalars(select(Book.uuid).order_by(Book.id).limit(count)))


def retitle(lib: Library, book_uuid: str, title: str) -> None:
    with lib.write() as s:
        s.scalar(select(Book).where(Book.uuid == book_uuid)).title = title


def test_a_pull_between_a_late_commit_and_a_later_writer_skips_nothing(feed_lib: Library) -> None:
    lib = feed_lib
    first, second = book_uuids(lib, 2)
    cursor, _ = drain(lib, None)
    holds_seq, release_a, b_done = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def transaction_a() -> None:  # takes the lower sequence now, commits later
        try:
            with lib.write() as s:
                s.scalar(select(Book).where(Book.uuid == first)).title = "Late commit"
                s.flush()
                sync_feed.stamp(s, sync_feed.settle(s, {first: ("book", "put", 0)}))
                holds_seq.set()
                assert release_a.wait(WAIT_S)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
            holds_seq.set()

    def transaction_b() -> None:  # starts after A took its sequence, would take the next one
        try:
            retitle(lib, second, "Early commit")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            b_done.set()

    a = threading.Thread(target=transaction_a)
    a.start()
    assert holds_seq.wait(WAIT_S) and not errors
    b = threading.Thread(target=transaction_b)
    b.start()
    time.sleep(0.5)
    assert not b_done.is_set(), "B committed while A held an uncommitted lower sequence"
    between, seen_between = drain(lib, cursor)  # the pull in between
    assert seen_between == [] and between == cursor
    release_a.set()
    a.join(WAIT_S)
    b.join(WAIT_S)
    assert not errors, errors
    _, seen_after = drain(lib, between)
    got = {c["id"]: c["data"]["title"] for c in seen_after}
    assert got == {first: "Late commit", second: "Early commit"}  # nothing skipped
    order = [c["id"] for c in seen_after]
    assert order == [first, second]  # in commit order


def test_concurrent_writers_and_a_desk_pulling_in_small_pages_miss_no_change(feed_lib: Library) -> None:
    """Three writers retitle books as fast as they can while a reader follows the feed in pages
    of 7; afterwards what the reader saw last for every book is the book's final title."""
    lib = feed_lib
    uuids = book_uuids(lib, 12)
    cursor, _ = drain(lib, None)
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        rnd = random.Random(n)
        try:
            for i in range(20):
                retitle(lib, rnd.choice(uuids), f"w{n}-{i}")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    seen: dict[str, str] = {}

    def reader() -> None:
        nonlocal cursor
        try:
            while not stop.is_set():
                cursor, changes = drain(lib, cursor, limit=7)
                seen.update({c["id"]: c["data"]["title"] for c in changes if c["entity"] == "book"})
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    follower = threading.Thread(target=reader)
    follower.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    stop.set()
    follower.join(60)
    assert not errors, errors
    cursor, changes = drain(lib, cursor, limit=7)  # what was committed after the last pull
    seen.update({c["id"]: c["data"]["title"] for c in changes if c["entity"] == "book"})
    with lib.read() as s:
        final = dict(s.execute(select(Book.uuid, Book.title).where(Book.uuid.in_(uuids))).all())
    changed = {u: t for u, t in final.items() if t.startswith("w")}
    assert changed and {u: seen.get(u) for u in changed} == changed
