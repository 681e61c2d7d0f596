"""Sync benchmarks (by hand, not a test): prints figures and writes bench/bench_sync.json.

1. push: N offline operations (default 10,000 charges and payments) pushed to a real server
   process on 127.0.0.1 -> operations per second;
2. first pull: a C-title catalog (default 100,000, one author and one copy each) pulled into
   an empty desk -> rows per second (target >= 10,000);
3. a desk check-out while a large pull is being applied -> its latency p50/p95/max (target
   <= 60 ms; PERFORMANCE.md: every sync transaction <= 50 ms so a check-out never waits long).

The machine's load average is printed and stored with the figures (shared, noisy machines).

``--postgres`` runs the server on PostgreSQL (a private cluster, tests/pg.py) instead of SQLite.

Usage: python bench/bench_sync.py [--ops 10000] [--titles 100000] [--postgres] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "integration")]

from sqlalchemy import insert  # noqa: E402
from sync_fixtures import (  # noqa: E402
    ADMIN_PASSWORD,
    MemoryKeyring,
    Server,
    fill_server_database,
    free_port,
    make_desk,
    make_kit,
    make_server_template,
)

from desktop_app.config import Paths  # noqa: E402
from desktop_app.db import journal  # noqa: E402
from desktop_app.db.base import utcnow  # noqa: E402
from desktop_app.db.engine import make_engine  # noqa: E402
from desktop_app.db.models import Author, Book, BookAuthor, Copy  # noqa: E402
from desktop_app.server.sync.feed import backfill  # noqa: E402
from desktop_app.services import Services, open_library  # noqa: E402


def bulk_catalog(url: str, titles: int) -> None:
    """Insert ``titles`` books (one author, one copy each) straight into the server database,
    then enter them in the feed (as a bulk import would)."""
    engine = make_engine(url)
    now = utcnow()
    with engine.begin() as conn:
        start = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM books").scalar() + 1
        for base in range(0, titles, 10_000):
            n = min(10_000, titles - base)
            ids = range(start + base, start + base + n)
            conn.execute(insert(Author), [{"id": i, "uuid": str(uuid.uuid4()), "name": f"Author {i}",
                                           "name_sort": f"author {i}", "version": 1, "updated_at": now} for i in ids])
            conn.execute(insert(Book), [{"id": i, "uuid": str(uuid.uuid4()), "title": f"Title {i}",
                                         "title_sort": f"title {i}", "author_names": f"Author {i}",
                                         "author_sort": f"author {i}", "isbn_search": "", "item_type": "book",
                                         "year": 1900 + i % 120, "created_at": now, "version": 1,
                                         "updated_at": now} for i in ids])
            conn.execute(insert(BookAuthor), [{"book_id": i, "position": 0, "author_id": i, "role": "author"}
                                              for i in ids])
            conn.execute(insert(Copy), [{"uuid": str(uuid.uuid4()), "barcode": f"B{i:09d}", "book_id": i,
                                         "status": "available", "created_at": now, "version": 1, "updated_at": now}
                                        for i in ids])
        if engine.dialect.name == "postgresql":  # explicit ids: move the id sequences past them
            for table in ("authors", "books"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))")
    backfill(engine)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--out", default=str(ROOT / "bench" / "bench_sync.json"))
    parser.add_argument("--postgres", action="store_true", help="run the server on PostgreSQL")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    figures: dict[str, object] = {"load_average_start": [round(x, 2) for x in os.getloadavg()]}
    desk_template = work / "desk-template"
    svc = Services(open_library(Paths(desk_template)))
    svc.setup.initialise(library_name="Bench", admin_username="admin", admin_name="Admin",
                         admin_password=ADMIN_PASSWORD)
    svc.close()
    cluster = None
    if args.postgres:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg import start_cluster

        cluster = start_cluster()
        url = cluster.createdb("bench_sync")
        fill_server_database(url)
    else:
        url = f"sqlite:///{make_server_template(work)}"
    figures["server_database"] = "postgresql" if args.postgres else "sqlite"
    server = Server(url, free_port(), work)
    server.start()
    try:
        keyring = MemoryKeyring()
        kit = make_kit(server)
        (work / "desks").mkdir()
        desk = make_desk(desk_template, work / "desks", "pusher", server, keyring)
        member = desk.services.members.get(kit.cards[0])
        with desk.services.library.write() as s:
            for i in range(args.ops // 2):
                fee = str(uuid.uuid4())
                journal.append(s, "add_fee", {"fee_uuid": fee, "member_uuid": member.uuid, "kind": "manual",
                                              "amount_cents": 10, "note": f"copies {i}"}, entity_uuid=fee)
                journal.append(s, "pay_fee", {"fee_uuid": fee, "at": utcnow().isoformat()}, entity_uuid=fee)
        started = time.perf_counter()
        marks: dict[str, float] = {}

        def pushed(phase: str, _done: int, _total: int | None) -> None:
            if phase == "push":
                marks["push_end"] = time.perf_counter()

        report = desk.sync.sync_now(pushed)
        took = marks.get("push_end", time.perf_counter()) - started
        figures["push_ops"] = report.pushed
        figures["push_ops_per_s"] = round(report.pushed / took, 1)
        print(f"push: {report.pushed} operations in {took:.1f} s = {report.pushed / took:.0f} ops/s")
        desk.close()

        bulk_catalog(server.url, args.titles)
        empty = make_desk(desk_template, work / "desks", "empty", server, keyring, setup=False)
        empty.sync.setup(server.base_url, "empty", "admin", ADMIN_PASSWORD)
        latencies: list[float] = []
        stop = threading.Event()
        pulled: dict[str, float] = {}

        def pull() -> None:
            t0 = time.perf_counter()
            rep = empty.sync.sync_now()
            pulled["rows"], pulled["s"] = rep.pulled, time.perf_counter() - t0
            stop.set()

        thread = threading.Thread(target=pull)
        thread.start()
        admin = empty.admin
        i = 0
        while not stop.is_set():
            time.sleep(0.1)
            code = kit.barcodes[i % 2]
            t0 = time.perf_counter()
            try:
                empty.services.circulation.checkout(admin, kit.cards[1], code)
                latencies.append((time.perf_counter() - t0) * 1000)
                empty.services.circulation.checkin(admin, code)
            except Exception:  # noqa: BLE001 - the kit's rows may not have arrived yet; only successes are timed
                pass
            i += 1
        thread.join()
        figures["first_pull_rows"] = pulled["rows"]
        figures["first_pull_rows_per_s"] = round(pulled["rows"] / pulled["s"], 1)
        print(f"first pull: {pulled['rows']:.0f} rows in {pulled['s']:.1f} s = "
              f"{pulled['rows'] / pulled['s']:.0f} rows/s")
        if latencies:
            ordered = sorted(latencies)
            p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
            figures["checkout_during_pull_ms"] = {"n": len(latencies), "p50": round(statistics.median(latencies), 1),
                                                  "p95": round(p95, 1), "max": round(max(latencies), 1)}
            print(f"check-out during the pull: n={len(latencies)} p50 {statistics.median(latencies):.1f} ms, "
                  f"p95 {p95:.1f} ms, max {max(latencies):.1f} ms")
        empty.close()
    finally:
        server.stop()
        if cluster is not None:
            cluster.stop()
    figures["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(f"load average: start {figures['load_average_start']}, end {figures['load_average_end']}")
    Path(args.out).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
