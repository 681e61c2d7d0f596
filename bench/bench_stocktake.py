"""Stock-take benchmark (issue 11, part 6): a scan's answer and the report's time on the cached
benchmark library (1,000,000 titles by default), with a shelf range of about 5,000 copies.

    python bench/bench_stocktake.py
    BENCH_BOOKS=20000 BENCH_RANGE_COPIES=500 python bench/bench_stocktake.py

On a private copy of the cached library (the cache stays pristine): starts a count of the
call-number range holding about ``BENCH_RANGE_COPIES`` copies (the demo's Dewey-like "123 ABC"),
scans SCANS barcodes through the service (most from the range, some from elsewhere, a few
unknown, a few twice), then builds the report REPORTS times; the raw floor is the same barcode
look-up in plain sqlite3. Prints a table and writes ``bench/results/stocktake.json``.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_desk import cached_library, private_copy  # noqa: E402
from bench.common import env_books, print_table, summary, timed, write_results  # noqa: E402

SCANS = 2000
REPORTS = 5


def _range(db: Path, wanted: int) -> tuple[str, str, int]:
    """Consecutive class numbers (the first three digits) holding about ``wanted`` copies."""
    con = sqlite3.connect(db)
    try:
        per = dict(con.execute("SELECT CAST(call_number AS INTEGER), count(*) FROM copies "
                               "WHERE call_number GLOB '[0-9]*' GROUP BY 1").fetchall())
    finally:
        con.close()
    start, total, end = 500, 0, 500
    while total < wanted and end < 1000:
        total += per.get(end, 0)
        end += 1
    return f"{start:03d}", f"{end - 1:03d}", total


def main() -> None:
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.services.people.accounts import staff_actor

    books = env_books()
    wanted = int(os.environ.get("BENCH_RANGE_COPIES", 5000))
    source = cached_library(books)
    with tempfile.TemporaryDirectory(prefix="bench-stocktake-") as tmp:
        folder = private_copy(source, Path(tmp) / "library")
        db = folder / "library.sqlite3"
        low, high, in_range = _range(db, wanted)
        con = sqlite3.connect(db)
        inside = [r[0] for r in con.execute("SELECT barcode FROM copies WHERE CAST(call_number AS INTEGER) "
                                            "BETWEEN ? AND ?", (int(low), int(high)))]
        outside = [r[0] for r in con.execute("SELECT barcode FROM copies WHERE CAST(call_number AS INTEGER) < 500 "
                                             "LIMIT 2000")]
        rng = random.Random(6)
        codes = rng.sample(inside, min(len(inside), int(SCANS * 0.8)))
        codes += rng.sample(outside, min(len(outside), SCANS // 10)) + [f"NOPE{i}" for i in range(SCANS // 20)]
        codes += rng.sample(codes, SCANS // 20)  # scanned twice
        rng.shuffle(codes)
        raw = timed(lambda: con.execute("SELECT id, status, location, call_number FROM copies WHERE barcode = ?",
                                        (rng.choice(inside),)).fetchone(), 2000)
        con.close()
        services = Services(open_library(Paths(folder)))
        try:
            admin = staff_actor(services.accounts.first_admin())
            st = services.stocktake.start(admin, call_from=low, call_to=high)
            scans = [timed(lambda c=code: services.stocktake.scan(admin, st.id, c))[0] for code in codes]
            report_ms = timed(lambda: services.stocktake.report(admin, st.id), REPORTS)
            report = services.stocktake.report(admin, st.id)
            located = services.stocktake.start(admin, location="Children")
            location_ms = timed(lambda: services.stocktake.report(admin, located.id), 2)
            located_report = services.stocktake.report(admin, located.id)
        finally:
            services.close()
    rows = [
        ("scan through the service (write, BEGIN IMMEDIATE)", summary(scans), f"{len(codes)} scans"),
        ("barcode look-up, raw sqlite3 (the floor)", summary(raw), ""),
        (f"report, range {low}..{high}", summary(report_ms),
         f"{report.expected} expected, {len(report.missing)} missing"),
        ("report, a whole location", summary(location_ms), f"{located_report.expected} expected"),
    ]
    print(f"stock-take on {books:,} titles, range {low}..{high} holds {in_range:,} copies")
    print_table(rows)
    path = write_results("stocktake", {"books": books, "range": [low, high], "range_copies": in_range,
                                       **{name: stats for name, stats, _ in rows}})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
