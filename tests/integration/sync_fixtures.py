"""Helpers for the sync tests: a real library server process on 127.0.0.1 (restartable on the
same port) over SQLite or PostgreSQL, desks made from the shared template library, an
in-memory keyring, an httpx transport that loses requests or replies on demand, and
comparisons desk <-> server.

``server`` is SQLite (``LIBRARY_DESK_SYNC_BACKEND=postgres`` runs every sync test on
PostgreSQL) unless a test asks for both backends with ``@BOTH_BACKENDS`` (indirect
parametrization); PostgreSQL runs in a private cluster started on first use by this test
process (``sync_server.sync_pg``), each module's server on a clone of a template database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text
from sqlalchemy.pool import NullPool
from sync_server import (  # noqa: F401  (re-exported for the tests and bench/bench_sync.py)
    ADMIN_PASSWORD,
    ROOT,
    SECRET,
    Server,
    fill_server_database,
    free_port,
    make_server_template,
    pg_admin,
    sync_pg,
)

from desktop_app.config import Paths
from desktop_app.services import Actor, Services, open_library
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people.members import MemberInput
from desktop_app.sync.desk import DeskSync


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict (a real, usable backend for tests)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class FaultTransport(httpx.HTTPTransport):
    """Loses the next request (never reaches the server) or the next reply (the server
    handled it, the desk never hears back) for a path, as many times as asked."""

    def __init__(self) -> None:
        super().__init__()
        self.faults: list[tuple[str, str]] = []  # (mode, path prefix)
        self.seen: list[str] = []
        self.down = False

    def lose(self, mode: str, path: str, times: int = 1) -> None:
        assert mode in ("request", "reply")
        self.faults.extend([(mode, path)] * times)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path)
        if self.down:
            raise httpx.ConnectError("network down (test)", request=request)
        for i, (mode, path) in enumerate(self.faults):
            if request.url.path.startswith(path):
                del self.faults[i]
                if mode == "request":
                    raise httpx.ConnectError("request lost (test)", request=request)
                response = super().handle_request(request)
                response.read()
                raise httpx.ReadError("reply lost (test)", request=request)
        return super().handle_request(request)


@dataclass
class Desk:
    name: str
    paths: Paths
    services: Services
    admin: Actor
    sync: DeskSync
    transport: FaultTransport = field(default_factory=FaultTransport)

    def reopen(self) -> None:
        self.services.close()
        self.services = Services(open_library(self.paths))
        self.sync = DeskSync(self.services.library, self.paths, keyring_backend=self.sync._keyring,
                             transport=self.transport)
        self.sync.acting = "admin"

    def close(self) -> None:
        self.services.close()

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.services.library.read() as s:
            return s.execute(text(sql), params).scalar()


def make_desk(template: Path, folder: Path, name: str, server: Server, keyring: MemoryKeyring,
              *, setup: bool = True) -> Desk:
    target = folder / name
    shutil.copytree(template, target)
    paths = Paths(target)
    services = Services(open_library(paths))
    # Every desk is a library of its own: the template's journal (its staff accounts) would make
    # the desks copies of one database, whose operations the server recognises as the same.
    with services.library.write() as s:
        s.execute(text("DELETE FROM journal"))
    admin = services.accounts.login("admin", ADMIN_PASSWORD)
    transport = FaultTransport()
    desk = Desk(name, paths, services, admin, DeskSync(services.library, paths, keyring_backend=keyring,
                                                       transport=transport), transport)
    desk.sync.acting = "admin"  # the person at the desk, for resolving exceptions
    if setup:
        desk.sync.setup(server.base_url, name, "admin", ADMIN_PASSWORD)
        desk.sync.sync_now()
    return desk


LOAN_SQL = ("SELECT l.uuid, c.barcode, m.card_number, l.returned_at IS NULL FROM loans l "
            "JOIN copies c ON c.id = l.copy_id JOIN members m ON m.id = l.member_id ORDER BY l.uuid")
COPY_SQL = "SELECT uuid, barcode, status FROM copies ORDER BY uuid"
MEMBER_SQL = "SELECT uuid, card_number, first_name, last_name, blocked FROM members ORDER BY uuid"
BOOK_SQL = "SELECT uuid, title, year FROM books ORDER BY uuid"
HOLD_SQL = "SELECT uuid, status FROM holds ORDER BY uuid"
FEE_SQL = "SELECT uuid, amount_cents, paid_at IS NOT NULL, waived_at IS NOT NULL FROM fees ORDER BY uuid"
COMPARED = {"loans": LOAN_SQL, "copies": COPY_SQL, "members": MEMBER_SQL, "books": BOOK_SQL, "holds": HOLD_SQL,
            "fees": FEE_SQL}


def desk_rows(desk: Desk, sql: str) -> list[tuple[Any, ...]]:
    with desk.services.library.read() as s:
        return [tuple(r) for r in s.execute(text(sql)).all()]


def assert_converged(server: Server, desks: list[Desk]) -> None:
    for name, sql in COMPARED.items():
        truth = [tuple(r) for r in server.query(sql)]
        for desk in desks:
            assert desk_rows(desk, sql) == truth, f"{desk.name} differs from the server in {name}"
    open_per_copy = server.query("SELECT copy_id, count(*) FROM loans WHERE returned_at IS NULL GROUP BY copy_id "
                                 "HAVING count(*) > 1")
    assert open_per_copy == []


def sync_all(desks: list[Desk], rounds: int = 2) -> None:
    for _ in range(rounds):
        for desk in desks:
            desk.sync.sync_now()


def retry(fn: Callable[[], Any], attempts: int = 5) -> Any:
    from desktop_app.sync.client import Unreachable

    for i in range(attempts):
        try:
            return fn()
        except Unreachable:
            if i == attempts - 1:
                raise
    return None


# -- pytest fixtures (imported by the sync test modules) --------------------------------------
BOTH_BACKENDS = pytest.mark.parametrize(
    "server", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("sync-server-template"))


_databases = iter(range(10**6))


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One server process per test module and backend (starting one costs seconds); each test
    makes its own copies and members with ``kit``."""
    folder = tmp_path_factory.mktemp("server")
    backend = getattr(request, "param", os.environ.get("LIBRARY_DESK_SYNC_BACKEND", "sqlite"))
    name = None
    if backend == "sqlite":
        target = folder / "server.sqlite3"
        shutil.copy2(request.getfixturevalue("server_template"), target)
        url = f"sqlite:///{target}"
    else:
        cluster = sync_pg()
        name = f"sync_{os.getpid()}_{next(_databases)}"
        pg_admin(cluster, f"CREATE DATABASE {name} TEMPLATE sync_template")
        url = cluster.url(name)
    srv = Server(url, free_port(), folder)
    srv.start()
    yield srv
    srv.stop()
    if name:
        pg_admin(sync_pg(), f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def empty_server(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """A new server with nothing but its first admin (and default member categories)."""
    backend = getattr(request, "param", "sqlite")
    name = None
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'empty-server.sqlite3'}"
    else:
        cluster = sync_pg()
        name = f"empty_{os.getpid()}_{free_port()}"
        url = cluster.createdb(name)
    folder = tmp_path / "empty-server"
    folder.mkdir()
    srv = Server(url, free_port(), folder)
    srv.start()
    yield srv
    srv.stop()
    if name:
        pg_admin(sync_pg(), f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class Kit:
    """Rows made on the server for one test: a book with copies, members."""

    barcodes: list[str]
    cards: list[str]
    book_uuid: str


_kits = iter(range(10**6))


def make_kit(server: Server, copies: int = 4, members: int = 3) -> Kit:
    """Create rows on the server's database in this process (the feed hook records them)."""
    from desktop_app.db.engine import make_engine
    from desktop_app.server.sync.feed import install
    from desktop_app.services.library import Library
    from desktop_app.services.people.accounts import staff_actor

    tag = f"K{next(_kits)}X{os.getpid() % 1000}"
    engine = make_engine(server.url, poolclass=NullPool) if server.backend == "postgres" else make_engine(server.url)
    install(engine)
    svc = Services(Library(engine))
    try:
        admin = staff_actor(svc.accounts.get_staff("admin"))
        barcodes = [f"{tag}C{i}" for i in range(copies)]
        book_id = svc.catalog.add_book(admin, BookInput(title=f"Kit book {tag}", authors=[(f"Kit {tag}", "author")]),
                                       copies=[CopyInput(barcode=b) for b in barcodes])
        cards = [svc.members.register(admin, MemberInput(first_name=f"M{i}", last_name=tag,
                                                         card_number=f"{tag}M{i}")).card_number
                 for i in range(members)]
        return Kit(barcodes, cards, svc.catalog.book(book_id).uuid)
    finally:
        svc.close()


@pytest.fixture
def kit(server: Server) -> Kit:
    return make_kit(server)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def new_desk(template_library: Path, tmp_path: Path, server: Server, memory_keyring: MemoryKeyring) -> Any:
    """``new_desk(name)`` -> a desk set up with the server and synced once."""
    made: list[Desk] = []

    def factory(name: str, *, setup: bool = True) -> Desk:
        desk = make_desk(template_library, tmp_path / "desks", name, server, memory_keyring, setup=setup)
        made.append(desk)
        return desk

    (tmp_path / "desks").mkdir()
    yield factory
    for desk in made:
        desk.close()
