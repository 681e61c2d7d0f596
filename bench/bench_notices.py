"""A notices run at library scale (issue 12): the cached bench library (1,000,000 titles, 50,000
members, 100,000 loans, a tenth of them overdue) with every tenth member's email removed (they get
letters), sending to a real SMTP server on 127.0.0.1 (aiosmtpd, counting what it receives).

    .venv/bin/python -m bench.bench_notices            # 1,000,000 titles (builds the cache once)
    BENCH_BOOKS=20000 .venv/bin/python -m bench.bench_notices

Side by side in one process, each on the same private copy with the notice log emptied between:
  floor   the same messages, already built, handed to the same SMTP server (no database at all);
  naive   the service with one write transaction per notice recorded (BATCH = 1);
  ours    the service as shipped (records in batches of ``run.BATCH``).
Then a second run of "ours" (nothing left to send) and a dry run (planning and writing only).
Prints a table and writes bench/results/notices.json.
"""

from __future__ import annotations

import resource
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402

from bench.common import build_library, env_books, rss_mb, write_results  # noqa: E402


class Counting:
    """An SMTP handler that only counts (the server must not be the slow part)."""

    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            self.count += 1
            self.bytes += len(envelope.content)
        return "250 OK"


def _port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _empty_log(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("DELETE FROM notice_items")
    con.execute("DELETE FROM notices")
    con.commit()
    con.close()


def main() -> None:
    books = env_books()
    source = build_library(books, members=max(1000, books // 20), loans=max(1000, books // 10))
    work = Path(tempfile.mkdtemp(prefix="bench-notices-"))
    folder = work / "library"
    shutil.copytree(source, folder)
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.services.notices import SmtpConfig, send_notices
    from desktop_app.services.notices import run as run_module
    from desktop_app.services.notices.mail import Mailer, message
    from desktop_app.services.people.accounts import staff_actor

    svc = Services(open_library(Paths(folder)))
    admin = staff_actor(svc.accounts.get_staff("admin"))
    svc.setup.update_settings(admin, notices_enabled=True, library_address="1 High Street")
    con = sqlite3.connect(folder / "library.sqlite3")
    con.execute("UPDATE members SET email = NULL WHERE id % 10 = 0")
    con.commit()
    con.close()
    handler = Counting()
    port = _port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    smtp = SmtpConfig.from_url(f"smtp://127.0.0.1:{port}?security=none&from=notices@bench.example")
    letters = work / "letters"
    rss_start = rss_mb()
    rows: list[tuple[str, float, int, int, int]] = []  # name, seconds, emails, letters, smtp received

    t0 = time.perf_counter()
    dry = send_notices(svc.library, admin, dry_run=True, smtp=smtp, letters_dir=letters)
    dry_s = time.perf_counter() - t0
    # The floor: the same messages written once, then only the SMTP conversation.
    from desktop_app.services.notices.plan import plan

    with svc.library.read() as s:
        planned = plan(s, svc.library.now().astimezone().date(), run_module.library_settings(svc.library))
    settings = run_module.library_settings(svc.library)
    today = svc.library.now().astimezone().date()
    written = [run_module.write(p, settings, today) for p in planned if p.email]
    built = [message(smtp, to=w.planned.email or "", subject=w.subject, body=w.body) for w in written]
    before = handler.count
    t0 = time.perf_counter()
    with Mailer(smtp) as mailer:
        for msg in built:
            mailer.send(msg)
    rows.append(("floor: SMTP only (messages pre-built)", time.perf_counter() - t0, len(built), 0,
                 handler.count - before))

    for name, batch in (("naive: a transaction per notice", 1), ("ours: records in batches", run_module.BATCH)):
        _empty_log(folder / "library.sqlite3")
        run_module.BATCH = batch
        before = handler.count
        t0 = time.perf_counter()
        run = send_notices(svc.library, admin, smtp=smtp, letters_dir=letters)
        rows.append((name, time.perf_counter() - t0, run.emailed, run.printed, handler.count - before))
        assert run.error is None and not run.refused, run.error
    before = handler.count
    t0 = time.perf_counter()
    second = send_notices(svc.library, admin, smtp=smtp, letters_dir=letters)
    second_s = time.perf_counter() - t0
    assert second.planned == 0 and handler.count == before, "a second run sends nothing"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    controller.stop()
    svc.close()

    print(f"\nNotices at {books:,} titles: {dry.planned:,} due ({dry.by_kind}); "
          f"members without email get letters")
    print(f"{'run':<42} {'seconds':>8} {'emails':>8} {'letters':>8} {'msg/s':>8} {'SMTP got':>9}")
    for name, seconds, emails, printed, got in rows:
        rate = emails / seconds if seconds else 0.0
        print(f"{name:<42} {seconds:8.2f} {emails:8,} {printed:8,} {rate:8.0f} {got:9,}")
    print(f"{'second run (nothing to send)':<42} {second_s:8.2f}")
    print(f"{'dry run (plan and write only)':<42} {dry_s:8.2f}")
    print(f"RSS: {rss_start:.0f} MB before, peak {peak:.0f} MB; SMTP bytes received {handler.bytes / 1e6:.1f} MB")
    write_results("notices", {"books": books, "due": dry.planned, "by_kind": dry.by_kind,
                              "rows": [dict(zip(("name", "seconds", "emails", "letters", "smtp_received"), r,
                                                strict=True)) for r in rows],
                              "second_run_s": second_s, "dry_run_s": dry_s, "rss_start_mb": rss_start,
                              "rss_peak_mb": peak})
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
