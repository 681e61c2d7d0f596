"""A standalone library moves onto a library server (issue: a library that joined a new
server lost its loans, members, holds and fees without a word). Against real server
processes on 127.0.0.1, on SQLite and PostgreSQL: the demo library joins an empty server and
keeps everything, a second desk starts from it, and a library with its own data is refused by a
server that holds one, with nothing changed on either side."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import (  # noqa: F401  (fixtures)
    ADMIN_PASSWORD,
    BOTH_BACKENDS,
    ROOT,
    Desk,
    FaultTransport,
    Server,
    assert_converged,
    desk_rows,
    empty_server,
    free_port,
    make_desk,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.config import Paths
from desktop_app.services import Services, open_library
from desktop_app.services.demo import generate_demo
from desktop_app.sync.desk import DeskSync, JoinRefused

COUNTED = ("books", "copies", "members", "loans", "holds", "fees", "authors", "member_categories")
OPEN = {"open loans": "SELECT count(*) FROM loans WHERE returned_at IS NULL",
        "waiting holds": "SELECT count(*) FROM holds WHERE status IN ('waiting', 'ready')",
        "unpaid fees": "SELECT count(*) FROM fees WHERE paid_at IS NULL AND waived_at IS NULL"}


def counts(query: Any) -> dict[str, int]:
    out = {t: query(f"SELECT count(*) FROM {t}") for t in COUNTED}
    out.update({k: query(sql) for k, sql in OPEN.items()})
    return out


def desk_counts(desk: Desk) -> dict[str, int]:
    return counts(lambda sql: desk.scalar(sql))


def server_counts(srv: Server) -> dict[str, int]:
    return counts(lambda sql: srv.query(sql)[0][0])


def demo_desk(template_library: Path, tmp_path: Path, name: str, keyring: Any, *, seed: int = 7) -> Desk:
    target = tmp_path / name
    import shutil

    shutil.copytree(template_library, target)
    paths = Paths(target)
    services = Services(open_library(paths))
    admin = services.accounts.login("admin", ADMIN_PASSWORD)
    generate_demo(services, admin, books=120, members=30, seed=seed)
    desk = Desk(name, paths, services, admin, DeskSync(services.library, paths, keyring_backend=keyring))
    desk.sync.acting = "admin"
    return desk


EMPTY_BOTH = pytest.mark.parametrize(
    "empty_server", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)


@EMPTY_BOTH
def test_a_standalone_library_joins_an_empty_server_and_keeps_everything(
        empty_server, template_library, tmp_path, memory_keyring):
    srv = empty_server
    desk = demo_desk(template_library, tmp_path, "village", memory_keyring)
    before = desk_counts(desk)
    assert before["open loans"] and before["waiting holds"] and before["unpaid fees"]
    with pytest.raises(JoinRefused, match="sync setup --join") as refused:  # the person must choose it
        desk.sync.setup(srv.base_url, "Village desk", "admin", ADMIN_PASSWORD)
    assert refused.value.can_join and desk_counts(desk) == before and desk.sync.status().client_id is None
    out = desk.sync.setup(srv.base_url, "Village desk", "admin", ADMIN_PASSWORD, join_library=True)
    assert out["joined"]["sent"]["loan"] == before["loans"]
    report = desk.sync.sync_now()
    assert report.statuses == {} and report.deleted == 0  # nothing re-sent, nothing deleted here
    assert desk_counts(desk) == before
    there = server_counts(srv)
    assert {k: there[k] for k in ("books", "copies", "members", "loans", "holds", "fees")} == \
        {k: before[k] for k in ("books", "copies", "members", "loans", "holds", "fees")}
    assert {k: there[k] for k in OPEN} == {k: before[k] for k in OPEN}
    assert desk.sync.status().pending == 0
    # A second desk starts empty and downloads the library; work at either reaches the other.
    second = make_desk(template_library, tmp_path / "desks", "second", srv, memory_keyring)
    try:
        assert desk_counts(second)["open loans"] == before["open loans"]
        barcode, card = second.scalar("SELECT c.barcode FROM copies c WHERE c.status = 'available' LIMIT 1"), \
            second.scalar("SELECT m.card_number FROM members m JOIN member_categories k ON k.id = m.category_id "
                          "WHERE m.blocked = 0 AND k.code = 'adult' AND m.expires > date('now') AND NOT EXISTS "
                          "(SELECT 1 FROM loans l WHERE l.member_id = m.id AND l.returned_at IS NULL) "
                          "AND NOT EXISTS (SELECT 1 FROM fees f WHERE f.member_id = m.id) LIMIT 1")
        second.services.circulation.checkout(second.admin, card, barcode)
        sync_all([second, desk])
        assert desk.scalar("SELECT status FROM copies WHERE barcode = :b", b=barcode) == "on_loan"
        assert_converged(srv, [desk, second])
    finally:
        second.close()
        desk.close()


@EMPTY_BOTH
def test_a_second_library_with_its_own_data_is_refused_and_nothing_changes(
        empty_server, template_library, tmp_path, memory_keyring):
    srv = empty_server
    first = demo_desk(template_library, tmp_path, "first", memory_keyring)
    first.sync.setup(srv.base_url, "First", "admin", ADMIN_PASSWORD, join_library=True)
    on_server = server_counts(srv)
    other = demo_desk(template_library, tmp_path, "other", memory_keyring, seed=11)
    mine = desk_counts(other)
    for join in (False, True):
        with pytest.raises(JoinRefused) as refused:
            other.sync.setup(srv.base_url, "Other", "admin", ADMIN_PASSWORD, join_library=join)
        message = str(refused.value)
        assert "already holds a library" in message and "cannot join" in message
        assert "empty library" in message and not refused.value.can_join  # what to do instead
    assert server_counts(srv) == on_server and desk_counts(other) == mine
    assert other.sync.status().client_id is None and other.sync.status().pending == mine_pending(other)
    first.close()
    other.close()


def mine_pending(desk: Desk) -> int:
    return int(desk.scalar("SELECT count(*) FROM journal WHERE status = 'pending'"))


def test_joining_from_the_command_line(empty_server, tmp_path):
    """`demo`, then `sync setup --join` and `sync now` as real processes, with no keyring (the
    credential goes to a file of the data folder)."""
    data = tmp_path / "cli-desk"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "LIBRARY_DESK_DATA_DIR": str(data)}

    def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], input=stdin, capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=300)

    assert cli("demo", "--books", "60", "--members", "20").returncode == 0
    refused = cli("sync", "setup", "--server", empty_server.base_url, "--desk", "CLI", "--user", "admin",
                  "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert refused.returncode == 1 and "--join" in refused.stderr
    joined = cli("sync", "setup", "--server", empty_server.base_url, "--desk", "CLI", "--user", "admin",
                 "--password-stdin", "--join", stdin=ADMIN_PASSWORD + "\n")
    assert joined.returncode == 0, joined.stderr
    assert "This library is now the server's" in joined.stdout and "sync-credential.json" in joined.stdout
    for _ in range(3):  # unattended: no login, no keyring
        now = cli("sync", "now")
        assert now.returncode == 0, now.stderr
    assert empty_server.query("SELECT count(*) FROM loans")[0][0] > 0
    status = cli("sync", "status")
    assert "sync-credential.json" in status.stdout
