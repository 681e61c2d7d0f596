"""Shared benchmark helpers: the cached 1M-title library, timing, percentiles, RSS."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / "cache"
RESULTS = ROOT / "results"
ADMIN_PASSWORD = "bench-admin-password"


def library_dir(books: int) -> Path:
    return CACHE / f"library-{books}"


def build_library(books: int, *, members: int, loans: int) -> Path:
    """Build (once) and return the folder of a library of ``books`` titles."""
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.services.demo import bulk_catalog
    from desktop_app.services.demo.people import bulk_loans, bulk_members

    folder = library_dir(books)
    marker = folder / "complete"
    if marker.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    services = Services(open_library(Paths(folder)))
    services.setup.initialise(library_name="Bench Library", admin_username="admin", admin_name="Bench Admin",
                              admin_password=ADMIN_PASSWORD)
    bulk_catalog(services.library, books, progress=lambda d, n: print(f"  books {d:,}/{n:,}", flush=True)
                 if d % 100_000 == 0 or d == n else None)
    bulk_members(services.library, members)
    bulk_loans(services.library, loans)
    services.close()
    import sqlite3

    con = sqlite3.connect(folder / "library.sqlite3", isolation_level=None)
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    marker.write_text(f"built in {time.perf_counter() - started:.0f} s\n")
    print(f"built {folder} in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def timed(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    """Milliseconds of each call."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    return {"n": len(samples), "median_ms": statistics.median(samples), "p95_ms": pct(95), "p99_ms": pct(99),
            "max_ms": ordered[-1]}


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def write_results(name: str, data: dict[str, object]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, default=str))
    return path


def print_table(rows: list[tuple[str, dict[str, float] | None, str]]) -> None:
    print(f"{'measure':58s} {'median ms':>10s} {'p95 ms':>9s} {'p99 ms':>9s}  note")
    for name, stats, note in rows:
        if stats is None:
            print(f"{name:58s} {'':>10s} {'':>9s} {'':>9s}  {note}")
        else:
            print(f"{name:58s} {stats['median_ms']:10.3f} {stats['p95_ms']:9.3f} {stats['p99_ms']:9.3f}  {note}")


def env_books(default: int = 1_000_000) -> int:
    return int(os.environ.get("BENCH_BOOKS", default))
