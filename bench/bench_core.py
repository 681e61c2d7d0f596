"""Core benchmark (issue 2): search per keystroke, deep pages, barcode lookup, check-out and
check-in, memory — through the services, against the floor (raw sqlite3 on the same file)
and the naive way (LIKE '%q%' with OFFSET). Prints a table and writes bench/results/core.json.

    python bench/bench_core.py            # 1,000,000 titles (built once, cached in bench/cache)
    BENCH_BOOKS=100000 python bench/bench_core.py
"""

from __future__ import annotations

import gc
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    build_library,
    env_books,
    print_table,
    rss_mb,
    summary,
    timed,
    write_results,
)


def typed_queries(rng: random.Random, n: int) -> list[str]:
    """Keystroke-by-keystroke prefixes of words a clerk would type."""
    from desktop_app.services.demo import words

    vocabulary = [w.lower() for w in words.TITLE_WORDS + words.LAST_NAMES + words.SUBJECTS]
    out: list[str] = []
    while len(out) < n:
        phrase = rng.choice(vocabulary)
        if rng.random() < 0.3:
            phrase += " " + rng.choice(vocabulary)
        out.extend(phrase[:i] for i in range(1, len(phrase) + 1))
    return out[:n]


def floor_search(con: sqlite3.Connection, query: str) -> list[int]:
    """The same adaptive search written directly against sqlite3 (the floor)."""
    from desktop_app.db.search import BM25_WEIGHTS, LIST_CAP, RANK_LIMIT, fts_query

    match = fts_query(query)
    if match is None:
        return []
    n = con.execute("SELECT count(*) FROM (SELECT 1 FROM book_fts WHERE book_fts MATCH ? LIMIT ?)",
                    (match, RANK_LIMIT + 1)).fetchone()[0]
    if n <= RANK_LIMIT:
        return [r[0] for r in con.execute(
            f"SELECT rowid FROM book_fts WHERE book_fts MATCH ? ORDER BY bm25(book_fts, {BM25_WEIGHTS}), rowid",
            (match,))]
    return [r[0] for r in con.execute(
        "SELECT b.id FROM (SELECT rowid AS id FROM book_fts WHERE book_fts MATCH ? LIMIT ?) AS hit "
        "JOIN books b ON b.id = hit.id ORDER BY b.title_sort, b.id", (match, LIST_CAP))]


def naive_search(con: sqlite3.Connection, query: str) -> list[int]:
    """What a tutorial API does: count with LIKE, then a page with LIKE and OFFSET."""
    like = f"%{query}%"
    con.execute("SELECT count(*) FROM books WHERE title LIKE ? OR author_names LIKE ?", (like, like)).fetchone()
    return [r[0] for r in con.execute(
        "SELECT id FROM books WHERE title LIKE ? OR author_names LIKE ? ORDER BY title LIMIT 50 OFFSET 0",
        (like, like))]


def main() -> None:
    books = env_books()
    folder = build_library(books, members=max(1000, books // 20), loans=max(1000, books // 10))
    from desktop_app.config import Paths
    from desktop_app.services import Services, open_library
    from desktop_app.services.people.accounts import staff_actor

    rng = random.Random(42)
    services = Services(open_library(Paths(folder)))
    admin = staff_actor(services.accounts.first_admin())  # type: ignore[arg-type]
    raw = sqlite3.connect(folder / "library.sqlite3")
    raw.execute("PRAGMA cache_size = -65536")
    rows: list[tuple[str, dict[str, float] | None, str]] = []
    results: dict[str, object] = {"books": books}

    # -- search per keystroke ------------------------------------------------------------
    queries = typed_queries(rng, 200)
    for q in queries[:20]:  # warm the page cache the way a working desk is warm
        services.search.books(q)
    # Each query is timed through the service and on the floor back to back, the order
    # alternating, so neither side profits from pages the other has just read.
    svc: list[float] = []
    flo: list[float] = []
    for i, q in enumerate(queries):
        first, second = (svc, flo) if i % 2 == 0 else (flo, svc)
        runs = ((lambda q=q: services.search.books(q)), (lambda q=q: floor_search(raw, q)))
        if i % 2:
            runs = runs[::-1]
        first.append(timed(runs[0])[0])
        second.append(timed(runs[1])[0])
    svc_rows = [timed(lambda q=q: services.search.book_rows(services.search.books(q).ids[:50]))[0] for q in queries]
    naive_q = queries[::5]
    nai = [timed(lambda q=q: naive_search(raw, q))[0] for q in naive_q]
    s_svc, s_rows, s_flo, s_nai = summary(svc), summary(svc_rows), summary(flo), summary(nai)
    rows += [
        ("search per keystroke, service (ids)", s_svc, "target p95 <= 16 ms"),
        ("search per keystroke, service + first 50 rows", s_rows, ""),
        ("search per keystroke, floor (raw sqlite3, same SQL)", s_flo, ""),
        (f"search per keystroke, naive LIKE '%q%' + OFFSET ({len(naive_q)} q)", s_nai, ""),
        ("  ratio service/floor (p95)", None, f"{s_svc['p95_ms'] / max(s_flo['p95_ms'], 1e-9):.2f}x (target <= 2x)"),
        ("  ratio naive/service (p95)", None, f"{s_nai['p95_ms'] / max(s_svc['p95_ms'], 1e-9):.0f}x slower"),
    ]
    results["search"] = {"service": s_svc, "service_with_rows": s_rows, "floor": s_flo, "naive": s_nai}

    # -- a 50-row page deep in the sorted catalog ------------------------------------------
    depth = int(books * 0.8)
    key = raw.execute("SELECT title_sort, id FROM books ORDER BY title_sort, id LIMIT 1 OFFSET ?", (depth,)).fetchone()
    keys = [raw.execute("SELECT title_sort, id FROM books ORDER BY title_sort, id LIMIT 1 OFFSET ?",
                        (rng.randrange(books - 60),)).fetchone() for _ in range(20)]
    pg_svc = [t for k in keys for t in timed(lambda k=k: services.search.page(sort="title", after=tuple(k)), 5)]
    floor_rows = (
        "SELECT b.id, b.title, b.author_names, b.year, b.item_type, b.isbn13, b.call_number, "
        "(SELECT count(*) FROM copies c WHERE c.book_id = b.id), "
        "(SELECT count(*) FROM copies c WHERE c.book_id = b.id AND c.status = 'available') FROM books b ")
    pg_flo = [t for k in keys for t in timed(lambda k=k: raw.execute(
        floor_rows + "WHERE (title_sort, id) > (?, ?) ORDER BY title_sort, id LIMIT 50", tuple(k)).fetchall(), 5)]
    pg_nai = timed(lambda: raw.execute(
        floor_rows + "ORDER BY title_sort LIMIT 50 OFFSET ?", (depth,)).fetchall(), 5)
    ids = services.search.books("").ids  # what the catalog table holds: every id in title order
    starts = [rng.randrange(len(ids) - 50) for _ in range(200)]
    windows = [timed(lambda s=s: services.search.book_rows(ids[s:s + 50]))[0] for s in starts]
    rows += [
        ("50-row page deep in title order, service (keyset)", summary(pg_svc), "target <= 1 ms"),
        ("50-row page deep in title order, floor (raw keyset)", summary(pg_flo), ""),
        (f"50-row page, naive OFFSET {depth:,}", summary(pg_nai), ""),
        ("50-row window of the id list (catalog table), service", summary(windows), "random positions"),
    ]
    results["page"] = {"service": summary(pg_svc), "floor": summary(pg_flo), "naive": summary(pg_nai),
                       "window": summary(windows), "depth_key": list(key)}

    # -- barcode lookup ------------------------------------------------------------------------
    codes = [r[0] for r in raw.execute("SELECT barcode FROM copies ORDER BY random() LIMIT 1000")]
    bc_svc = [timed(lambda c=c: services.search.copy_by_barcode(c))[0] for c in codes]
    bc_flo = [timed(lambda c=c: raw.execute("SELECT id, book_id, status FROM copies WHERE barcode = ?",
                                            (c,)).fetchone())[0] for c in codes]
    rows += [("barcode lookup, service", summary(bc_svc), "target <= 1 ms"),
             ("barcode lookup, floor (raw)", summary(bc_flo), "")]
    results["barcode"] = {"service": summary(bc_svc), "floor": summary(bc_flo)}

    # -- check-out and check-in through the service (synchronous=FULL) ---------------------------
    avail = [r[0] for r in raw.execute("SELECT barcode FROM copies WHERE status = 'available' "
                                       "ORDER BY random() LIMIT 300")]
    cards = [r[0] for r in raw.execute(
        "SELECT m.card_number FROM members m JOIN member_categories c ON c.id = m.category_id "
        "WHERE c.code = 'adult' AND m.expires > date('now') AND NOT EXISTS "
        "(SELECT 1 FROM loans l WHERE l.member_id = m.id AND l.returned_at IS NULL) ORDER BY random() LIMIT 300")]
    co, ci = [], []
    for code, card in zip(avail, cards, strict=False):
        co += timed(lambda card=card, code=code: services.circulation.checkout(admin, card, code))
        ci += timed(lambda code=code: services.circulation.checkin(admin, code))
    rows += [("check-out through the service (FULL, durable)", summary(co), "target p95 <= 5 ms"),
             ("check-in through the service (FULL, durable)", summary(ci), "")]
    results["circulation"] = {"checkout": summary(co), "checkin": summary(ci), "n": len(co)}

    # -- memory with the catalog open ------------------------------------------------------------
    gc.collect()
    rss = rss_mb()
    rows.append(("resident memory with all 1M ids held and searcher open", None, f"{rss:.0f} MB (target <= 200 MB)"))
    results["rss_mb"] = rss

    print(f"\nLibrary Desk core benchmark: {books:,} titles, {time.strftime('%Y-%m-%d %H:%M')}\n")
    print_table(rows)
    path = write_results("core", results)
    print(f"\nwritten {path}")
    services.close()
    raw.close()


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - t0:.0f} s")
