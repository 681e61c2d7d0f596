"""Smaller sync pieces: the backoff loop, the desk credential without a keyring, the CLI exit
codes against a real server, 410 after purged tombstones."""

from __future__ import annotations

import argparse

from sync_fixtures import (  # noqa: F401  (fixtures)
    kit,
    memory_keyring,
    new_desk,
    server,
    server_template,
)

from desktop_app.sync.client import Unreachable
from desktop_app.sync.loop import MAX_BACKOFF_S, SyncLoop
from desktop_app.sync.tokens import Credential, CredentialStore


def test_the_loop_backs_off_while_the_server_is_unreachable_and_resets_after():
    states: list[str] = []
    answers = [Unreachable("down"), Unreachable("down"), Unreachable("down"), "report"]

    def attempt():
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    loop = SyncLoop(attempt, interval=60, on_status=lambda state, _info: states.append(state))
    waits = [loop.run_once() for _ in range(4)]
    assert 5 <= waits[0] < waits[1] < waits[2] <= MAX_BACKOFF_S * 1.2
    assert waits[3] == 60 and loop.backoff == 0
    assert states.count("offline") == 3 and states[-1] == "up to date"


def test_without_a_usable_keyring_the_credential_is_a_private_file_outside_the_library(tmp_path):
    import stat

    from keyring.backends.fail import Keyring as Fail

    store = CredentialStore(f"http://x|{tmp_path}", tmp_path, backend=Fail())
    assert store.save(Credential("client-1", "s3cret-value-123")) == str(tmp_path / "sync-credential.json")
    assert stat.S_IMODE((tmp_path / "sync-credential.json").stat().st_mode) == 0o600
    again = CredentialStore(f"http://x|{tmp_path}", tmp_path, backend=Fail())
    assert again.load() == Credential("client-1", "s3cret-value-123")  # the next start syncs unattended
    # The same file in another folder (a copied data folder) is not this desk's credential.
    assert CredentialStore(f"http://x|{tmp_path}/copy", tmp_path, backend=Fail()).load() is None
    again.clear()
    assert not (tmp_path / "sync-credential.json").exists() and again.load() is None


def test_sync_now_exit_codes(server, new_desk, kit, capsys):
    from desktop_app.cli.sync_cmd import EXIT_EXCEPTIONS, EXIT_UNREACHABLE, _now, _status

    a, b = new_desk("A"), new_desk("B")
    args = argparse.Namespace(apply_clock_offset=False, allow_deletes=False)
    assert _now(a.sync, args) == 0
    a.services.circulation.checkout(a.admin, kit.cards[0], kit.barcodes[0])
    b.services.circulation.checkout(b.admin, kit.cards[1], kit.barcodes[0])
    assert _now(a.sync, args) == 0
    assert _now(b.sync, args) == EXIT_EXCEPTIONS
    assert "sync exception" in capsys.readouterr().out
    assert _status(b.sync) == 0
    # The whole command against a server that is gone: exit 3, the journal waits.
    from sqlalchemy import text
    from sync_fixtures import free_port

    from desktop_app.cli.sync_cmd import run

    b.services.circulation.checkin(b.admin, kit.barcodes[0])
    with b.services.library.write() as s:
        s.execute(text("UPDATE sync_state SET server_url = :u"), {"u": f"http://127.0.0.1:{free_port()}"})
    b.close()
    assert run(argparse.Namespace(sync_command="now", apply_clock_offset=False, allow_deletes=False, as_user=None),
               b.paths) == EXIT_UNREACHABLE
    b.reopen()
    assert b.sync.status().pending == 1


def test_a_cursor_older_than_the_purged_tombstones_gets_410_and_a_full_download(server, new_desk):
    from desktop_app.db.engine import make_engine
    from desktop_app.server.sync.feed import purge_tombstones
    from desktop_app.services.catalog.input import BookInput

    a, b = new_desk("A"), new_desk("B")
    book = a.services.catalog.add_book(a.admin, BookInput(title="Short-lived", authors=[("Pat", "author")]))
    a.sync.sync_now()
    a.services.catalog.delete_book(a.admin, book)
    a.sync.sync_now()
    seq = server.query("SELECT value FROM sync_counter")[0][0]
    engine = make_engine(server.url)
    assert purge_tombstones(engine, seq + 1) >= 1
    engine.dispose()
    report = b.sync.sync_now()
    assert report.full_resync


def test_pull_pages_shrink_on_a_slow_computer_and_grow_back_within_bounds():
    from desktop_app.sync.engine import MIN_PAGE, PAGE, TX_TARGET_S, PageSizer

    sizer = PageSizer()
    assert sizer.size() == PAGE
    sizer.applied(PAGE, TX_TARGET_S * 4)  # four times slower than planned
    assert sizer.size() == PAGE // 4
    sizer.applied(10, 10.0)  # a disk hiccup: never below the floor
    assert sizer.size() == MIN_PAGE
    sizes = []
    for _ in range(40):  # fast pages again: back to PAGE, never above
        sizer.applied(sizer.size(), TX_TARGET_S / 10)
        sizes.append(sizer.size())
    assert sizes == sorted(sizes) and sizes[-1] == PAGE
    assert PageSizer(4).size() == 4  # a smaller first page (tests, the GUI) is also the cap
