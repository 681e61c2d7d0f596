"""The library server of the sync tests: a real process on 127.0.0.1 (restartable on the same
port) over a SQLite file or a PostgreSQL database, the databases it starts from, and the
private PostgreSQL cluster (``tests/pg.py``) started on first use by this test process.

Seeded passwords use cheap argon2id parameters (as ``tests/server/conftest.py`` does): the
code path is the production one, a verification costs ~1 ms instead of ~350 ms."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from passlib.context import CryptContext
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from desktop_app.services import Services
from desktop_app.services.catalog.input import BookInput, CopyInput
from desktop_app.services.people import accounts
from desktop_app.services.people.members import MemberInput

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from pg import PgCluster, PostgresUnavailable, pg_bin_dir, start_cluster  # noqa: E402

accounts.PASSWORDS = CryptContext(schemes=["argon2"], deprecated="auto", argon2__type="ID",
                                  argon2__memory_cost=1024, argon2__rounds=1, argon2__parallelism=1)
SECRET = "sync-tests-Xk29-secret-0123456789-abcdefghij"
ADMIN_PASSWORD = "correct horse"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
               "LIBRARY_DESK_ADDRESS_LIMIT": "100000", "LIBRARY_DESK_LOGIN_LIMIT": "100000", "PYTHONPATH": str(ROOT),
               "LIBRARY_DESK_SCHEDULE_INTERVAL": "0"}  # the scheduled jobs have their own tests
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

    @property
    def backend(self) -> str:
        return "sqlite" if self.url.startswith("sqlite") else "postgres"

    def query(self, sql: str, **params: Any) -> list[Any]:
        engine = create_engine(self.url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                return list(conn.execute(text(sql), params).all())
        finally:
            engine.dispose()


def make_server_template(folder: Path) -> Path:
    """A SQLite server database with the first admin and a small catalog."""
    path = folder / "server.sqlite3"
    fill_server_database(f"sqlite:///{path}")
    return path


def fill_server_database(url: str) -> None:
    """Migrate the (empty) database at ``url``; add the first admin and a small catalog."""
    from desktop_app.server.app import open_database

    svc = Services(open_database(url))
    admin = svc.setup.initialise(library_name="Sync Library", admin_username="admin", admin_name="Ada Admin",
                                 admin_password=ADMIN_PASSWORD, settings={"closed_weekdays": []})
    for i in range(3):
        svc.catalog.add_book(admin, BookInput(title=f"Server Book {i}", authors=[(f"Author {i}", "author")]),
                             copies=[CopyInput(barcode=f"S{i}A"), CopyInput(barcode=f"S{i}B")])
    for i in range(3):
        svc.members.register(admin, MemberInput(first_name=f"Member{i}", last_name="Server", card_number=f"M{i}"))
    svc.close()


_PG: dict[str, Any] = {}


def sync_pg() -> PgCluster:
    """The private PostgreSQL cluster of this test process, started on first use (skips the
    test when PostgreSQL is not installed) and stopped when the process exits."""
    if "cluster" not in _PG:
        try:
            pg_bin_dir()
        except PostgresUnavailable as exc:
            pytest.skip(str(exc))
        import atexit

        cluster = start_cluster()
        atexit.register(cluster.stop)
        fill_server_database(cluster.createdb("sync_template"))
        _PG["cluster"] = cluster
    return _PG["cluster"]  # type: ignore[no-any-return]


def pg_admin(cluster: PgCluster, sql: str) -> None:
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres",
                         autocommit=True) as con:
        con.execute(sql)  # type: ignore[arg-type]
