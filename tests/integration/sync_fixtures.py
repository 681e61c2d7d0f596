"""Helpers for the sync tests: a real library server process on 127.0.0.1 (restartable on the
same port), desks made from the shared template library, an in-memory keyring, an httpx
transport that loses requests or replies on demand, and comparisons desk <-> server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from desktop_app.config import Paths
from desktop_app.services import Actor, Services, open_library
from desktop_app.services.catalog_input import BookInput, CopyInput
from desktop_app.services.members import MemberInput
from desktop_app.sync.desk import DeskSync

ROOT = Path(__file__).resolve().parents[2]
SECRET = "sync-tests-Xk29-secret-0123456789-abcdefghij"
ADMIN_PASSWORD = "correct horse"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
class Server:
    url: str
    port: int
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {**os.environ, "LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_ADMIN_PASSWORD": ADMIN_PASSWORD,
               "LIBRARY_DESK_ADDRESS_LIMIT": "100000", "LIBRARY_DESK_LOGIN_LIMIT": "100000", "PYTHONPATH": str(ROOT)}
        log = (self.folder / "server.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app.server.run", "--port", str(self.port), "--database-url", self.url],
            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError((self.folder / "server.log").read_text(errors="replace")[-3000:])
            try:
                if httpx.get(f"{self.base_url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def stop(self, *, kill: bool = False) -> None:
        if self.process is None:
            return
        (self.process.kill if kill else self.process.terminate)()
        self.process.wait(timeout=15)
        self.process = None

    def query(self, sql: str, **params: Any) -> list[Any]:
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return list(conn.execute(text(sql), params).all())
        finally:
            engine.dispose()


def make_server_template(folder: Path) -> Path:
    """A server database with the first admin, a desk clerk and a small catalog."""
    from desktop_app.server.app import open_database

    path = folder / "server.sqlite3"
    svc = Services(open_database(f"sqlite:///{path}"))
    admin = svc.setup.initialise(library_name="Sync Library", admin_username="admin", admin_name="Ada Admin",
                                 admin_password=ADMIN_PASSWORD, settings={"closed_weekdays": []})
    for i in range(3):
        svc.catalog.add_book(admin, BookInput(title=f"Server Book {i}", authors=[(f"Author {i}", "author")]),
                             copies=[CopyInput(barcode=f"S{i}A"), CopyInput(barcode=f"S{i}B")])
    for i in range(3):
        svc.members.register(admin, MemberInput(first_name=f"Member{i}", last_name="Server", card_number=f"M{i}"))
    svc.close()
    return path


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
    admin = services.accounts.login("admin", ADMIN_PASSWORD)
    transport = FaultTransport()
    desk = Desk(name, paths, services, admin, DeskSync(services.library, paths, keyring_backend=keyring,
                                                       transport=transport), transport)
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
import pytest  # noqa: E402


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("sync-server-template"))


@pytest.fixture(scope="module")
def server(server_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One server process per test module (starting one costs seconds); each test makes its
    own copies and members with ``kit``."""
    folder = tmp_path_factory.mktemp("server")
    target = folder / "server.sqlite3"
    shutil.copy2(server_template, target)
    srv = Server(f"sqlite:///{target}", free_port(), folder)
    srv.start()
    yield srv
    srv.stop()


@dataclass
class Kit:
    """Rows made on the server for one test: a book with copies, members."""

    barcodes: list[str]
    cards: list[str]
    book_uuid: str


_kits = iter(range(10**6))


def make_kit(server: Server, copies: int = 4, members: int = 3) -> Kit:
    """Create rows on the server's database in this process (the feed hook records them)."""
    from desktop_app.db.engine import sqlite_engine
    from desktop_app.server.sync_feed import install
    from desktop_app.services.accounts import staff_actor
    from desktop_app.services.library import Library

    tag = f"K{next(_kits)}X{os.getpid() % 1000}"
    engine = sqlite_engine(server.url.removeprefix("sqlite:///"))
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
