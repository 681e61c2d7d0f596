"""SYNC.md failure cases 1-5, 10 and 11 against a real server process on 127.0.0.1 and real
desk databases: lost requests and replies, a server restart mid-batch, a desk killed between
its local write and the upload, an interrupted pull, token trouble, a poison operation."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import select
from sync_fixtures import (  # noqa: F401  (fixtures)
    BOOK_SQL,
    BOTH_BACKENDS,
    ROOT,
    assert_converged,
    desk_rows,
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
    sync_all,
)

from desktop_app.db import journal
from desktop_app.db.models import JournalEntry, SyncState
from desktop_app.server.sync.pull import decode_cursor
from desktop_app.sync import engine
from desktop_app.sync.client import NeedLogin, Unreachable


def loans_of(server, loan_uuid: str) -> int:
    return server.query("SELECT count(*) FROM loans WHERE uuid = :u", u=loan_uuid)[0][0]


def last_loan_uuid(desk) -> str:
    return desk.scalar("SELECT uuid FROM loans ORDER BY id DESC LIMIT 1")


@BOTH_BACKENDS
def test_push_reply_lost_after_commit_is_a_duplicate_on_retry(server, new_desk, kit):
    desk = new_desk("A")
    desk.services.circulation.checkout(desk.admin, kit.cards[0], kit.barcodes[0])
    desk.transport.lose("reply", "/sync/push")
    with pytest.raises(Unreachable):
        desk.sync.sync_now()
    assert desk.sync.status().pending == 1  # not acknowledged: still pending here
    assert loans_of(server, last_loan_uuid(desk)) == 1  # but the server committed it
    report = desk.sync.sync_now()
    assert report.statuses == {"duplicate": 1}
    assert loans_of(server, last_loan_uuid(desk)) == 1
    assert desk.sync.status().pending == 0
    assert desk.scalar("SELECT status FROM journal ORDER BY seq DESC LIMIT 1") == "applied"
    assert_converged(server, [desk])


@BOTH_BACKENDS
def test_request_lost_before_the_server_is_applied_once_on_retry(server, new_desk, kit):
    desk = new_desk("A")
    desk.services.circulation.checkout(desk.admin, kit.cards[0], kit.barcodes[0])
    desk.transport.lose("request", "/sync/push")
    with pytest.raises(Unreachable):
        desk.sync.sync_now()
    assert loans_of(server, last_loan_uuid(desk)) == 0
    assert desk.sync.sync_now().statuses == {"applied": 1}
    assert loans_of(server, last_loan_uuid(desk)) == 1
    assert_converged(server, [desk])


def _circulate(desk, kit, count: int) -> None:
    """``count`` journal operations: lend and take back the kit's copies in turn."""
    for i in range(count // 2):
        code = kit.barcodes[i % len(kit.barcodes)]
        desk.services.circulation.checkout(desk.admin, kit.cards[1], code)
        desk.services.circulation.checkin(desk.admin, code)


def test_server_restarted_mid_batch_resumes_from_last_seq(server, new_desk, kit):
    desk = new_desk("A")
    _circulate(desk, kit, 300)
    before = server.query("SELECT count(*) FROM sync_applied_ops")[0][0]
    before_mine = server.query("SELECT count(*) FROM sync_applied_ops WHERE client_id = :c",
                               c=desk.sync.status().client_id)[0][0]
    total = desk.scalar("SELECT count(*) FROM journal WHERE status = 'pending'")
    killed = threading.Event()

    def killer() -> None:
        while server.query("SELECT count(*) FROM sync_applied_ops")[0][0] < before + 120:
            time.sleep(0.01)
        server.stop(kill=True)
        killed.set()

    thread = threading.Thread(target=killer)
    thread.start()
    with pytest.raises(Unreachable):
        desk.sync.sync_now()
    thread.join()
    assert killed.is_set()
    server.start()
    desk.sync.sync_now()
    client_id = desk.sync.status().client_id
    applied = server.query("SELECT count(*), count(DISTINCT op_id), max(seq) FROM sync_applied_ops "
                           "WHERE client_id = :c", c=client_id)[0]
    device_seq = server.query("SELECT last_seq FROM sync_devices WHERE client_id = :c", c=client_id)[0][0]
    assert applied[0] == applied[1] == device_seq == desk.scalar("SELECT max(seq) FROM journal")
    assert applied[0] - before_mine == total
    assert desk.sync.status().pending == 0
    assert_converged(server, [desk])


KILL_AFTER_WRITE = """
import os, sys
from pathlib import Path
from desktop_app.config import Paths
from desktop_app.services import Services, open_library
svc = Services(open_library(Paths(Path(sys.argv[1]))))
admin = svc.accounts.login("admin", "correct horse")
svc.circulation.checkout(admin, sys.argv[2], sys.argv[3])
os.kill(os.getpid(), 9)
"""


def test_desk_killed_between_local_write_and_upload_and_before_the_ack(server, new_desk, kit):
    desk = new_desk("A")
    desk.close()
    proc = subprocess.run([sys.executable, "-c", KILL_AFTER_WRITE, str(desk.paths.data_dir), kit.cards[2],
                           kit.barcodes[2]], cwd=ROOT)
    assert proc.returncode == -9
    desk.reopen()
    assert desk.sync.status().pending == 1  # the loan and its journal row survived the kill
    desk.transport.lose("reply", "/sync/push")  # uploaded, then the desk dies before the answer
    with pytest.raises(Unreachable):
        desk.sync.sync_now()
    desk.reopen()
    assert desk.sync.sync_now().statuses == {"duplicate": 1}
    assert loans_of(server, last_loan_uuid(desk)) == 1
    assert_converged(server, [desk])


@BOTH_BACKENDS
def test_pull_interrupted_between_pages_leaves_no_gap_and_no_overshoot(server, new_desk, monkeypatch):
    from desktop_app.services.catalog.input import BookInput

    writer, reader = new_desk("W"), new_desk("R")
    for i in range(45):
        writer.services.catalog.add_book(writer.admin, BookInput(title=f"Paged {i:02d}", authors=[("Pat", "author")]))
    writer.sync.sync_now()
    monkeypatch.setattr(engine, "PAGE", 10)
    calls = {"n": 0}
    real = reader.transport.handle_request

    def third_page_lost(request):
        if request.url.path == "/sync/pull":
            calls["n"] += 1
            if calls["n"] == 3:
                raise __import__("httpx").ReadError("lost page 3", request=request)
        return real(request)

    monkeypatch.setattr(reader.transport, "handle_request", third_page_lost)
    with pytest.raises(Unreachable):
        reader.sync.sync_now()
    with reader.services.library.read() as s:
        cursor = s.get(SyncState, 1).pull_cursor
    seq = decode_cursor(cursor)
    expected = {r[0] for r in server.query(
        "SELECT b.title FROM books b JOIN sync_feed f ON f.uuid = b.uuid WHERE f.seq <= :s", s=seq)}
    have = {r[1] for r in desk_rows(reader, BOOK_SQL)}
    assert expected <= have  # no gap
    beyond = {r[0] for r in server.query(
        "SELECT b.title FROM books b JOIN sync_feed f ON f.uuid = b.uuid WHERE f.seq > :s", s=seq)}
    assert not (beyond & have)  # no overshoot: nothing past the saved cursor was applied
    assert beyond  # the interruption really left pages to fetch
    reader.sync.sync_now()
    assert_converged(server, [writer, reader])


def test_401_mid_sync_a_lost_token_reply_and_a_retired_desk_keep_the_journal(server, new_desk, kit):
    import httpx

    desk = new_desk("A")
    m0, m1, c0 = kit.cards[0], kit.cards[1], kit.barcodes[0]
    store = desk.sync.store(server.base_url)
    desk.services.circulation.checkout(desk.admin, m0, c0)
    store.access_token = "not-a-valid-token"  # expired or revoked: the push gets 401, a new token, a retry
    assert desk.sync.sync_now().statuses == {"applied": 1}

    desk.services.circulation.checkin(desk.admin, c0)
    store.access_token = None
    desk.transport.lose("reply", "/auth/device")  # the desk never hears back: nothing is lost, it asks again
    with pytest.raises(Unreachable):
        desk.sync.sync_now()
    assert desk.sync.status().pending == 1
    assert desk.sync.sync_now().statuses == {"applied": 1}

    # An admin retires the desk (a stolen computer, say): its credential stops at once.
    desk.services.circulation.checkout(desk.admin, m1, c0)
    admin = httpx.post(f"{server.base_url}/auth/login", json={"username": "admin", "password": "correct horse"},
                       timeout=10).json()["access_token"]
    client_id = desk.sync.status().client_id
    retired = httpx.post(f"{server.base_url}/sync/devices/{client_id}/retire", timeout=10,
                         headers={"Authorization": f"Bearer {admin}"})
    assert retired.status_code == 200 and retired.json()["desk_code"] is None
    with pytest.raises(NeedLogin, match="retired"):
        desk.sync.sync_now()
    assert desk.sync.status().pending == 1  # the journal is kept
    desk.sync.setup(server.base_url, "A again", "admin", "correct horse")  # a person sets it up again
    assert desk.sync.status().client_id != client_id
    assert desk.sync.sync_now().statuses == {"applied": 1}
    assert_converged(server, [desk])


def test_a_poison_operation_is_an_exception_and_the_queue_moves_on(server, new_desk, kit):
    desk = new_desk("A")
    with desk.services.library.write() as s:
        journal.append(s, "checkout", {"loan_uuid": "x" * 36, "copy_uuid": None, "due_date": "not a date"})
        journal.append(s, "no_such_kind", {"anything": 1})
    desk.services.circulation.checkout(desk.admin, kit.cards[0], kit.barcodes[1])
    report = desk.sync.sync_now()
    assert report.statuses == {"rejected": 2, "applied": 1}
    with desk.services.library.read() as s:
        states = [r.status for r in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))]
    assert states[-3:] == ["rejected", "rejected", "applied"]
    codes = {r[0] for r in server.query("SELECT code FROM sync_exceptions WHERE client_id = :c",
                                        c=desk.sync.status().client_id)}
    assert {"unknown_copy", "unknown_kind"} <= codes
    assert desk.sync.status().pending == 0
    assert_converged(server, [desk])
