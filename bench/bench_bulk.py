"""Bulk edit benchmark (issue 11, part 7): 10,000 copies of the cached bench library
(1,000,000 titles by default) get a new location and a call number prefix, through the service.

    python -m bench.bench_bulk
    BENCH_BOOKS=20000 BENCH_BULK_COPIES=2000 python -m bench.bench_bulk

On a private copy of the cached library: the plan (read only), then ``apply`` (batches of
``bulk.BATCH`` copies per transaction, a savepoint each); the naive way is one action per copy
(``catalog.edit_copy`` in a loop, one durable commit each), timed on a tenth of the copies. The
floor is one UPDATE of the same rows in plain sqlite3 (no audit, no journal). Prints a table and
writes ``bench/results/bulk.json``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_desk import cached_library, private_copy  # noqa: E402
from bench.common import env_books, rss_mb, write_results  # noqa: E402


def main() -> None:
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.services.catalog.bulk import BulkChange
    from desktop_app.services.catalog.input import CopyInput
    from desktop_app.services.people.accounts import staff_actor

    books = env_books()
    count = int(os.environ.get("BENCH_BULK_COPIES", 10_000))
    source = cached_library(books)
    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as tmp:
        folder = private_copy(source, Path(tmp) / "library")
        db = folder / "library.sqlite3"
        con = sqlite3.connect(db)
        codes = [r[0] for r in con.execute("SELECT barcode FROM copies WHERE status = 'available' "
                                           "AND call_number GLOB '[0-9]*' ORDER BY id LIMIT ?", (count * 2,))]
        bulk_codes, naive_codes, floor_codes = codes[:count], codes[count:count + count // 10], codes[count:]
        t = time.perf_counter()
        con.executemany("UPDATE copies SET location = 'Stacks', call_number = 'X' || call_number WHERE barcode = ?",
                        [(c,) for c in floor_codes])
        con.rollback()  # the floor's figure only; the library stays as it was
        floor_s = time.perf_counter() - t
        con.close()
        services = Services(open_library(Paths(folder)))
        try:
            admin = staff_actor(services.accounts.first_admin())
            prefix = codes and services.catalog.copy_detail(admin, bulk_codes[0]).values["call_number"]
            change = BulkChange(location="Children", call_prefix=(str(prefix)[:1], "J " + str(prefix)[:1]))
            t = time.perf_counter()
            plan = services.bulk.plan(admin, bulk_codes, change)
            plan_s = time.perf_counter() - t
            t = time.perf_counter()
            result = services.bulk.apply(admin, bulk_codes, change)
            apply_s = time.perf_counter() - t
            t = time.perf_counter()
            for code in naive_codes:
                detail = services.catalog.copy_detail(admin, code)
                services.catalog.edit_copy(admin, code, CopyInput(
                    location="Children", call_number="J " + str(detail.values["call_number"] or ""),
                    acquired=detail.values.get("acquired"), price_cents=detail.values.get("price_cents"),  # type: ignore[arg-type]
                    notes=detail.values.get("notes")))  # type: ignore[arg-type]
            naive_s = time.perf_counter() - t
        finally:
            services.close()
    rows = [
        ("plan (read only)", plan_s, len(bulk_codes)),
        ("apply (batches, a savepoint per copy)", apply_s, len(bulk_codes)),
        (f"naive: one action per copy ({len(naive_codes)} copies)", naive_s, len(naive_codes)),
        (f"floor: one UPDATE in plain sqlite3 ({len(floor_codes)} rows, no audit/journal)", floor_s, len(floor_codes)),
    ]
    print(f"\nBulk edit at {books:,} titles: {len(bulk_codes):,} copies, {plan.changing:,} changing, "
          f"{result.changed:,} fields written, {len(result.refusals)} refused")
    print(f"{'run':<78}{'seconds':>9}{'copies/s':>10}")
    for name, seconds, n in rows:
        print(f"{name:<78}{seconds:>9.2f}{n / max(seconds, 1e-9):>10,.0f}")
    print(f"RSS at the end: {rss_mb():.0f} MB")
    write_results("bulk", {"books": books, "copies": len(bulk_codes), "changed": result.changed,
                           "plan_s": plan_s, "apply_s": apply_s, "naive_s": naive_s, "naive_copies": len(naive_codes),
                           "floor_s": floor_s, "floor_rows": len(floor_codes)})


if __name__ == "__main__":
    main()
