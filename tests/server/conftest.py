"""Fixtures of the server tests.

- ``pg``: a private PostgreSQL cluster for the session (tests/pg.py); skipped with the reason
  when PostgreSQL is not installed.
- ``api``: an in-process client (FastAPI TestClient) on a fresh copy of the seeded library,
  once over SQLite and once over PostgreSQL (``postgres`` marker). ``api.token(username)``
  mints tokens without the slow password hash; ``api.login`` goes through /auth/login.
- ``live_server``: a real ``uvicorn`` process on 127.0.0.1 (``python -m
  desktop_app.server.run``) over SQLite and over PostgreSQL, one per backend per session.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from fastapi.testclient import TestClient
from passlib.context import CryptContext
from sqlalchemy import select

from desktop_app.db.models import Member, StaffUser
from desktop_app.domain.values import Role
from desktop_app.server.app import create_app, open_database
from desktop_app.server.auth.tokens import issue_access
from desktop_app.server.settings import ServerSettings
from desktop_app.services import Actor, Services
from desktop_app.services.people import accounts
from desktop_app.services.people.accounts import staff_actor

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]
from pg import PgCluster, PostgresUnavailable, free_port, pg_bin_dir, start_cluster  # noqa: E402
from server_env import ROOT, SECRET, settings_for  # noqa: E402
from server_seed import ADMIN, seed  # noqa: E402

# Cheap argon2id parameters for the seeded passwords and PINs: a verification costs ~1 ms
# instead of ~350 ms, so the suite stays fast. The server verifies with the parameters stored
# in each hash, so its code path is the production one.
accounts.PASSWORDS = CryptContext(schemes=["argon2"], deprecated="auto", argon2__type="ID",
                                  argon2__memory_cost=1024, argon2__rounds=1, argon2__parallelism=1)
_counter = itertools.count()


# -- PostgreSQL ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg() -> Iterator[PgCluster]:
    try:
        pg_bin_dir()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


def _admin_sql(cluster: PgCluster, sql: str) -> None:
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres", autocommit=True) as con:
        con.execute(sql)  # type: ignore[arg-type]


def clone_database(cluster: PgCluster, name: str, template: str) -> str:
    """A copy of ``template`` (FILE_COPY is ~5x faster than the default for small databases;
    PostgreSQL < 15 has no STRATEGY and copies files anyway)."""
    try:
        _admin_sql(cluster, f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
    except psycopg.errors.SyntaxError:
        _admin_sql(cluster, f"CREATE DATABASE {name} TEMPLATE {template}")
    return cluster.url(name)


@pytest.fixture(scope="session")
def pg_template(pg: PgCluster) -> str:
    """A seeded PostgreSQL database used as the TEMPLATE of each test's database."""
    url = pg.createdb("seeded_template")
    svc = Services(open_database(url))
    seed(svc)
    svc.close()
    return "seeded_template"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server-template") / "library.sqlite3"
    svc = Services(open_database(f"sqlite:///{path}"))
    seed(svc)
    svc.close()
    return path


# -- in-process clients ----------------------------------------------------------------------
@dataclass
class Api:
    """A client plus what tests need to act as someone and to check the database."""

    client: Any
    services: Services
    settings: ServerSettings
    backend: str
    _tokens: dict[str, dict[str, str]] = field(default_factory=dict)

    def actor(self, who: str) -> Actor:
        with self.services.library.read() as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == who))
            if user is not None:
                return staff_actor(user)
            member = s.scalar(select(Member).where(Member.card_number == who))
            assert member is not None, who
            return Actor(username=member.card_number, role=Role.MEMBER, member_id=member.id,
                         display_name=member.full_name)

    def token(self, who: str) -> dict[str, str]:
        """Authorization headers for ``who`` (username or card number), minted directly."""
        if who not in self._tokens:
            store = self.client.app.state.server.store
            issued = store.open(self.actor(who), device="tests")
            access, _ = issue_access(self.settings, subject=issued.subject, role=issued.actor.role.value,
                                     session_id=issued.session_id)
            self._tokens[who] = {"Authorization": f"Bearer {access}"}
        return self._tokens[who]

    def login(self, username: str = ADMIN[0], password: str = ADMIN[1], **extra: Any) -> httpx.Response:
        return self.client.post("/auth/login", json={"username": username, "password": password, **extra})


def _sqlite_api(template: Path, tmp_path: Path, **overrides: Any) -> Iterator[Api]:
    target = tmp_path / "library.sqlite3"
    shutil.copy2(template, target)
    url = f"sqlite:///{target}"
    settings = settings_for(url, **overrides)
    svc = Services(open_database(url))
    with TestClient(create_app(settings, services=svc)) as client:
        yield Api(client, svc, settings, "sqlite")
    svc.close()


def _pg_api(cluster: PgCluster, template: str, **overrides: Any) -> Iterator[Api]:
    name = f"t{os.getpid()}_{next(_counter)}"
    settings = settings_for(clone_database(cluster, name, template), **overrides)
    svc = Services(open_database(settings.database_url))
    try:
        with TestClient(create_app(settings, services=svc)) as client:
            yield Api(client, svc, settings, "postgres")
    finally:
        svc.close()
        _admin_sql(cluster, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def api(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Api]:
    if request.param == "sqlite":
        yield from _sqlite_api(request.getfixturevalue("sqlite_template"), tmp_path)
    else:
        yield from _pg_api(request.getfixturevalue("pg"), request.getfixturevalue("pg_template"))


@pytest.fixture
def mail_box() -> Iterator[Any]:
    """A real mail server on 127.0.0.1 (``tests/mailserver.py``)."""
    from mailserver import mail_server

    with mail_server() as running:
        yield running


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def mail_api(request: pytest.FixtureRequest, mail_box: Any, tmp_path: Path) -> Iterator[Api]:
    """``api`` with the mail server of ``mail_box`` as the server's (LIBRARY_DESK_SMTP_URL)."""
    overrides: dict[str, Any] = {"smtp_url": f"smtp://{mail_box.host}:{mail_box.port}?security=none",
                                 "notice_from": "server@library.example", "letters_dir": str(tmp_path / "letters")}
    if request.param == "sqlite":
        yield from _sqlite_api(request.getfixturevalue("sqlite_template"), tmp_path, **overrides)
    else:
        yield from _pg_api(request.getfixturevalue("pg"), request.getfixturevalue("pg_template"), **overrides)


@pytest.fixture
def sqlite_api(sqlite_template: Path, tmp_path: Path) -> Iterator[Api]:
    """SQLite only (token and rate-limit tests that do not depend on the database)."""
    yield from _sqlite_api(sqlite_template, tmp_path)


@pytest.fixture
def limited_api(sqlite_template: Path, tmp_path: Path) -> Iterator[Api]:
    """Tight login limits: 3 per account and 5 per address per minute."""
    yield from _sqlite_api(sqlite_template, tmp_path, login_limit=3, address_limit=5)


# -- real server processes ---------------------------------------------------------------------
@dataclass
class LiveServer:
    base_url: str
    process: subprocess.Popen[bytes]
    log: Path
    backend: str

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30)


def start_server(url: str, log: Path, *, backend: str, env: dict[str, str] | None = None,
                 workers: int = 1) -> LiveServer:
    """``python -m desktop_app.server.run`` on a free port; returns once /health answers."""
    port = free_port()
    full_env = {**os.environ, "LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_ADMIN_PASSWORD": ADMIN[1],
                "LIBRARY_DESK_ADDRESS_LIMIT": "100000", "LIBRARY_DESK_LOGIN_LIMIT": "100000",
                # The scheduled jobs (backups, purges) are their own tests: test_schedule_server.py.
                "LIBRARY_DESK_SCHEDULE_INTERVAL": "0", "PYTHONPATH": str(ROOT), **(env or {})}
    handle = log.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app.server.run", "--host", "127.0.0.1", "--port",
                             str(port), "--database-url", url, "--workers", str(workers)],
                            stdout=handle, stderr=subprocess.STDOUT, env=full_env, cwd=ROOT)
    server = LiveServer(f"http://127.0.0.1:{port}", proc, log, backend)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}: {log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"{server.base_url}/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.1)
    stop_server(server)
    raise RuntimeError(f"the server did not answer in time: {log.read_text(errors='replace')[-3000:]}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=5)


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def live_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A real server process on a seeded library (shared by the tests of a session)."""
    folder = tmp_path_factory.mktemp(f"live-{request.param}")
    if request.param == "sqlite":
        target = folder / "library.sqlite3"
        shutil.copy2(request.getfixturevalue("sqlite_template"), target)
        url = f"sqlite:///{target}"
    else:
        cluster: PgCluster = request.getfixturevalue("pg")
        template = request.getfixturevalue("pg_template")
        url = clone_database(cluster, f"live_{os.getpid()}", template)
    server = start_server(url, folder / "server.log", backend=request.param)
    yield server
    stop_server(server)
