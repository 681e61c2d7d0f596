"""The library server under concurrent clients on 127.0.0.1, over PostgreSQL.

Starts a private PostgreSQL cluster (tests/pg.py), fills a modest library through the
services (titles, copies, members, one desk account per client with production-cost argon2
passwords), starts ``library-desk serve`` (``python -m desktop_app.server.run``) with N
workers, then runs C concurrent clients for D seconds. Each client logs in once, then
loops: search the catalog, check out a copy of its own to its own member, check it back in.
Logins are measured apart (all clients at once, before the loop), because an argon2id check
costs ~0.35 s of CPU on purpose. Prints p50/p95/max latency per operation and every error;
stops and cleans up by itself.

    python bench/bench_server.py [--clients 50] [--seconds 20] [--titles 2000] [--workers 2] [--think 0,5]
        [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import httpx  # noqa: E402
from pg import free_port, start_cluster  # noqa: E402

from desktop_app.server.app import open_database  # noqa: E402
from desktop_app.services import Services  # noqa: E402
from desktop_app.services.catalog.input import BookInput, CopyInput  # noqa: E402
from desktop_app.services.people.members import MemberInput  # noqa: E402

SECRET = "bench-secret-5b0f2c7e9a1d4e8f-0123456789abcdef"
WORDS = ("river", "night", "garden", "stone", "winter", "glass", "silver", "forest", "ocean", "shadow", "light",
         "city", "mountain", "letter", "storm", "island", "dream", "fire", "road", "house")


def fill(url: str, *, titles: int, clients: int) -> list[tuple[str, str, str]]:
    """Seed the library; returns (desk username, member card, copy barcode) per client."""
    svc = Services(open_database(url))
    rng = random.Random(7)
    admin = svc.setup.initialise(library_name="Bench Library", admin_username="admin", admin_name="Admin",
                                 admin_password="bench admin pw")
    for i in range(titles):
        title = " ".join(rng.sample(WORDS, 3)).capitalize() + f" {i}"
        svc.catalog.add_book(admin, BookInput(title=title, year=1900 + i % 120, language=("eng", "spa", "fre")[i % 3],
                                              authors=[(f"Author {i % 300}", "author")]),
                             copies=[CopyInput(barcode=f"B{i:06d}-{k}") for k in range(2)])
    plan = []
    for c in range(clients):
        username = f"desk{c:02d}"
        svc.accounts.create_staff(admin, username=username, display_name=f"Desk {c}", password="desk bench pw",
                                  role="desk")
        card = svc.members.register(admin, MemberInput(first_name="Reader", last_name=f"Number {c}")).card_number
        plan.append((username, card, f"B{c:06d}-0"))
    svc.close()
    return plan


def client(base: str, user: str, card: str, barcode: str, phases: list[tuple[float, float]],
           samples: list[dict[str, list[float]]], errors: list[str], barrier: threading.Barrier) -> None:
    """One desk (one thread, one keep-alive connection): log in (all clients at once), then
    for each phase ``(think, seconds)`` circulate for ``seconds``, pausing ``think`` seconds
    (+-50 %) between rounds; phases start together."""
    rng = random.Random(user)
    with httpx.Client(base_url=base, timeout=60) as c:
        current: dict[str, list[float]] = samples[0]

        def timed(name: str, method: str, path: str, ok: tuple[int, ...], **kw: Any) -> httpx.Response | None:
            start = time.perf_counter()
            try:
                r = c.request(method, path, **kw)
            except httpx.HTTPError as exc:
                errors.append(f"{name}: {exc!r}")
                return None
            current.setdefault(name, []).append((time.perf_counter() - start) * 1000)
            if r.status_code not in ok:
                errors.append(f"{name}: {r.status_code} {r.text[:200]}")
            return r

        r = timed("login", "POST", "/auth/login", (200,), json={"username": user, "password": "desk bench pw"})
        ok = r is not None and r.status_code == 200
        h = {"Authorization": f"Bearer {r.json()['access_token']}"} if ok and r is not None else {}
        for index, (think, seconds) in enumerate(phases, start=1):
            barrier.wait()
            current = samples[index]
            until = time.monotonic() + seconds
            time.sleep(rng.uniform(0, think))  # spread the clients out
            while ok and time.monotonic() < until:
                q = " ".join(rng.sample(WORDS, rng.choice((1, 2))))
                timed("search", "GET", "/books", (200,), params={"q": q, "limit": 20}, headers=h)
                timed("checkout", "POST", "/loans", (201,), json={"card_number": card, "barcode": barcode}, headers=h)
                timed("checkin", "POST", "/loans/checkin", (200,), json={"barcode": barcode}, headers=h)
                if think:
                    time.sleep(max(0.0, min(think * rng.uniform(0.5, 1.5), until - time.monotonic())))


def run_clients(base: str, plan: list[tuple[str, str, str]], phases: list[tuple[float, float]]
                ) -> tuple[list[dict[str, list[float]]], list[str]]:
    """Phase 0: every client logs in at once (argon2id at production cost). Then each
    ``(think, seconds)`` phase. Returns samples per phase and the errors."""
    samples: list[dict[str, list[float]]] = [{} for _ in range(len(phases) + 1)]
    errors: list[str] = []
    barrier = threading.Barrier(len(plan))
    threads = [threading.Thread(target=client, args=(base, u, c, b, phases, samples, errors, barrier), daemon=True)
               for u, c, b in plan]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples, errors


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20, help="length of each phase")
    parser.add_argument("--think", type=lambda v: [float(x) for x in v.split(",")], default=[0.0, 5.0],
                        help="comma-separated pauses between a client's rounds, one phase each (0 = flat out)")
    parser.add_argument("--titles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cluster = start_cluster()
    server = None
    try:
        url = cluster.createdb("bench")
        t0 = time.perf_counter()
        plan = fill(url, titles=args.titles, clients=args.clients)
        print(f"filled {args.titles} titles, {2 * args.titles} copies, {args.clients} desks in "
              f"{time.perf_counter() - t0:.1f} s", flush=True)
        port = free_port()
        log = Path(tempfile.mkdtemp(prefix="bench-server-")) / "server.log"
        env = {**os.environ, "LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_ADDRESS_LIMIT": "100000",
               "PYTHONPATH": str(ROOT)}
        server = subprocess.Popen([sys.executable, "-m", "desktop_app.server.run", "--port", str(port),
                                   "--database-url", url, "--workers", str(args.workers)],
                                  stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"the server did not start: {log.read_text()[-2000:]}")
        phases = [(think, args.seconds) for think in args.think]
        samples, errors = run_clients(base, plan, phases)
        report: dict[str, object] = {"clients": args.clients, "workers": args.workers, "titles": args.titles,
                                     "database": "postgresql", "errors": len(errors), "phases": []}
        print(f"\n{args.clients} clients, {args.workers} workers, PostgreSQL, {args.titles} titles")
        print(f"{'phase':<22} {'operation':<10} {'count':>7} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        labels = ["all log in at once"] + [f"think {t:g} s, {d:g} s" for t, d in phases]
        for label, phase, duration in zip(labels, samples, [0.0] + [d for _, d in phases], strict=True):
            rows = {}
            for name in ("login", "search", "checkout", "checkin"):
                values = phase.get(name, [])
                if not values:
                    continue
                row = {"count": len(values), "per_s": round(len(values) / duration, 1) if duration else None,
                       "p50_ms": round(pct(values, 50), 1), "p95_ms": round(pct(values, 95), 1),
                       "max_ms": round(max(values), 1), "mean_ms": round(statistics.fmean(values), 1)}
                rows[name] = row
                print(f"{label:<22} {name:<10} {row['count']:>7} {row['per_s'] or '':>7} {row['p50_ms']:>8} "
                      f"{row['p95_ms']:>8} {row['max_ms']:>8}")
            report["phases"].append({"label": label, "ops": rows})  # type: ignore[attr-defined]
        print(f"errors: {len(errors)}")
        for line in errors[:20]:
            print("  ", line)
        if args.json:
            args.json.write_text(json.dumps(report, indent=2))
        return 0 if not errors else 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
        cluster.stop()


if __name__ == "__main__":
    raise SystemExit(main())
