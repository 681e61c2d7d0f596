"""Import speed: N MARC21 records (default 100,000), written with our own MARC writer, imported
into an empty library: once as a dry run (everything but the commit), once for real. Every record
is kept whole (book_records): the run prints how many, their size and the library's file size.

Run: ``python -m bench.bench_import [--records N] [--copies 2]``. Prints records/s by the
wall clock and by this process's CPU time (shared machines: the CPU figure is steadier), writes
``bench/results/import.json``. Not a pass/fail test. The file is generated once per size in
``bench/cache``; each run imports into a fresh library in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from bench.common import CACHE, RESULTS
from desktop_app.config import Paths
from desktop_app.formats.marc_write import open_marc_writer
from desktop_app.formats.records import AuthorCredit, BookRecord, CopyRecord
from desktop_app.services import Services, open_library
from desktop_app.services.interchange import import_file

FIRST = ("Ana", "José", "Zoë", "Łukasz", "Mei", "Olu", "Sven", "Inès", "Ravi", "Ngozi")
LAST = ("Müller", "García", "Nørgaard", "Smith", "Dvořák", "Okafor", "Tanaka", "Leclerc")
WORDS = ("river", "night", "garden", "stone", "winter", "letters", "empire", "silence", "harbour", "glass")


def _isbn13(n: int) -> str:
    body = f"978{n:09d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_file(path: Path, records: int, copies: int, *, seed: int = 11) -> None:
    """Write ``records`` books with 1-3 authors and ``copies`` copies each."""
    rng = random.Random(seed)
    authors = [f"{rng.choice(LAST)}, {rng.choice(FIRST)} {i}" for i in range(max(50, records // 4))]
    with open_marc_writer(path, fmt="marc", today=date(2026, 1, 1)) as writer:
        for n in range(records):
            credits = [AuthorCredit(rng.choice(authors), "author")]
            if rng.random() < 0.3:
                credits.append(AuthorCredit(rng.choice(authors), rng.choice(("editor", "translator"))))
            title = " ".join(rng.sample(WORDS, 3)).capitalize()
            writer.write(BookRecord(
                title=f"{title} {n}", subtitle="a novel" if n % 3 == 0 else None, isbn13=_isbn13(n),
                publisher="Éditions du Lac", year=1950 + n % 75, language="eng",
                subjects=[rng.choice(WORDS).capitalize()], call_number=f"{n % 1000:03d} {title[:3].upper()}",
                authors=credits,
                copies=[CopyRecord(f"B{n:07d}{c}", location="Main", price_cents=1299) for c in range(copies)]))


def _run(source: Path, *, dry_run: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        services = Services(open_library(Paths(Path(folder))))
        admin = services.setup.initialise(library_name="Bench", admin_username="admin", admin_name="Admin",
                                          admin_password="bench password")
        started, cpu = time.perf_counter(), time.process_time()
        report = import_file(services, admin, source, dry_run=dry_run)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert report.status == ("dry_run" if dry_run else "imported"), report.summary()
        counts = services.reports.counts()
        with services.library.read() as s:
            kept, kept_bytes = s.execute(
                text("SELECT count(*), coalesce(sum(length(data)), 0) FROM book_records")).one()
        services.close()
        db_mb = sum(f.stat().st_size for f in Path(folder).rglob("*.sqlite3*")) / 1e6
    records = report.records
    print(f"  {'dry run' if dry_run else 'import '}: {kept:,} whole MARC records kept ({kept_bytes / 1e6:.0f} MB of "
          f"records), library files {db_mb:.0f} MB")
    print(f"  {'dry run' if dry_run else 'import '}: {records:,} records in {seconds:.1f} s = "
          f"{records / seconds:,.0f} records/s; CPU {cpu:.1f} s = {records / cpu:,.0f} records/s "
          f"(titles in library after: {counts.titles:,}, "
          f"copies {counts.copies:,})")
    return {"records": records, "records_kept": kept, "kept_mb": round(kept_bytes / 1e6, 1),
            "library_mb": round(db_mb, 1), "seconds": round(seconds, 2), "records_per_s": round(records / seconds),
            "cpu_seconds": round(cpu, 2), "records_per_cpu_s": round(records / cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=2)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    source = CACHE / f"import-{args.records}-{args.copies}.mrc"
    if not source.exists():
        started = time.perf_counter()
        make_file(source, args.records, args.copies)
        print(f"wrote {source.name} ({source.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")
    print(f"importing {args.records:,} MARC records with {args.copies} copies each")
    result = {"dry_run": _run(source, dry_run=True), "import": _run(source, dry_run=False),
              "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    print(f"  peak RSS {result['max_rss_mb']} MB")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "import.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
