"""One sync of a desk with its server: push the journal in order, in batches, then pull the
change feed page by page. What the GUI and the command line call.

- Push: pending journal rows (``seq > last_acked_seq``) go in batches of ``BATCH``; each
  answer marks the rows (applied, duplicate, rejected, conflict) and ``last_acked_seq`` in one
  local transaction. A ``seq_gap`` answer restarts from the seq the server expects. Nothing
  is pushed while the clock is off by more than the server allows, unless the person chose
  to apply the measured offset.
- Pull: pages until ``has_more`` is false, each applied with its cursor in one transaction
  (``apply.apply_page``); an expired cursor (410) restarts from nothing. The next page is
  fetched while the current one is applied (the server and the desk work at the same time;
  nothing is applied out of order and the cursor only moves with an applied page). Pages are
  at most ``PAGE`` changes, fewer when this computer is slow: the size follows the slowest
  recent cost per change so that a local transaction lasts about ``TX_TARGET_S`` and a
  check-out at the desk never waits long behind the pull. Before each page the pull lets
  whoever else holds a database connection finish first (``yield_to_others``): SQLite's
  busy handler sleeps between tries, so a pull writing back to back would starve a
  check-out waiting for the write lock.
- Deletions: before the first page that would delete rows this desk has, a backup of the
  library is taken and the count is reported (``Progress("delete", n, None)`` and the
  report's messages); more than ``DELETE_GUARD`` of them in one sync stop the pull (nothing
  of that page applied) until a person allows it (``allow_deletes``).
- Errors from ``client`` (``Unreachable``, ``NeedLogin``, ``ServerRefused``) propagate: the
  journal and the cursor only ever move forward with what the server confirmed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from ..db.models import JournalEntry, SyncState
from ..services import Library, maintenance
from ..services.setup import ensure_sync_state
from .apply import apply_page, local_deletes
from .client import ServerRefused, SyncClient, SyncError

BATCH = 200
PAGE = 500  # changes per page at most (books, the costliest rows, apply in ~25 ms at 500)
MIN_PAGE = 100
TX_TARGET_S = 0.025
YIELD_LIMIT_S = 0.150  # longer than the longest sleep of SQLite's busy handler (100 ms)
MAX_SKEW_S = 300.0
DELETE_GUARD = 200  # rows one sync may delete at this desk before a person must allow it
Progress = Callable[[str, int, int | None], None]  # (phase, done, total or None)


def wall_clock() -> float:
    """This computer's time (seconds since the epoch); tests replace it to skew the clock."""
    return time.time()


class ClockSkew(SyncError):
    def __init__(self, offset_s: float) -> None:
        super().__init__(f"This computer's clock is off by {offset_s:+.0f} seconds from the server's: set the clock "
                         "(or sync with --apply-clock-offset); nothing was sent")
        self.offset_s = offset_s


class NotSetUp(SyncError):
    pass


class ManyDeletes(SyncError):
    def __init__(self, count: int, backup: str | None) -> None:
        where = f" (a backup was taken first: {backup})" if backup else ""
        super().__init__(f"The server's changes would delete {count:,} rows at this desk{where}. Nothing of them "
                         "was applied: check with the other desks, then sync with --allow-deletes (or confirm in "
                         "the window)")
        self.count, self.backup = count, backup


@dataclass
class SyncReport:
    pushed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    pulled: int = 0
    deleted: int = 0
    skipped: int = 0
    full_resync: bool = False
    clock_offset_s: float = 0.0
    messages: list[str] = field(default_factory=list)
    backup: str | None = None  # taken before this sync deleted rows here


def measure_clock(client: SyncClient) -> float:
    """Server time minus this computer's time, in seconds (half the round trip corrected)."""
    before = wall_clock()
    meta = client.meta()
    after = wall_clock()
    server = datetime.fromisoformat(meta["server_time"]).timestamp()
    return server - (before + after) / 2


def pending_count(lib: Library) -> int:
    with lib.read() as s:
        return int(s.scalar(select(func.count()).select_from(JournalEntry)
                            .where(JournalEntry.status == "pending")) or 0)


def push(lib: Library, client: SyncClient, state: SyncState, report: SyncReport, *, offset_s: float,
         progress: Progress | None = None) -> None:
    total = pending_count(lib)
    after = state.last_acked_seq
    while True:
        with lib.read() as s:
            rows = list(s.scalars(select(JournalEntry).where(JournalEntry.seq > after)
                                  .order_by(JournalEntry.seq).limit(BATCH)))
        if not rows:
            return
        body = {"client_id": state.client_id, "sent_at": datetime.fromtimestamp(wall_clock(), UTC).isoformat(),
                "clock_offset_s": offset_s,
                "ops": [{"seq": r.seq, "op_id": r.op_id, "kind": r.kind, "args": r.args, "entity_uuid": r.entity_uuid,
                         "base_version": r.base_version, "occurred_at": r.occurred_at.isoformat(), "actor": r.actor,
                         "actor_uuid": r.actor_uuid} for r in rows]}
        try:
            answer = client.push(body)
        except ServerRefused as exc:
            if exc.code == "seq_gap" and isinstance(exc.body.get("expected_seq"), int):
                _record(lib, exc.body.get("results") or [], report)
                after = int(exc.body["expected_seq"]) - 1
                _set_acked(lib, after)
                continue
            raise
        _record(lib, answer["results"], report)
        after = max(after, max((r["seq"] for r in answer["results"]), default=after))
        if progress:
            progress("push", report.pushed, total)


def _set_acked(lib: Library, seq: int) -> None:
    with lib.write() as s:
        ensure_sync_state(s).last_acked_seq = seq


def _record(lib: Library, results: list[dict[str, Any]], report: SyncReport) -> None:
    """Mark journal rows with the server's answers and move ``last_acked_seq``, together."""
    if not results:
        return
    with lib.write() as s:
        by_seq = {r["seq"]: r for r in results}
        for row in s.scalars(select(JournalEntry).where(JournalEntry.seq.in_(list(by_seq)))):
            answer = by_seq[row.seq]
            status = answer["status"]
            if status == "duplicate":
                status = answer.get("original_status") or "applied"
            row.status, row.result = status, answer.get("result") or {}
            report.statuses[answer["status"]] = report.statuses.get(answer["status"], 0) + 1
            report.messages.extend(answer.get("result", {}).get("messages") or [])
        state = ensure_sync_state(s)
        state.last_acked_seq = max(state.last_acked_seq, max(by_seq))
        report.pushed += len(results)


def yield_to_others(lib: Library, limit_s: float = YIELD_LIMIT_S) -> None:
    """Wait (at most ``limit_s``) until no other thread of this program holds a connection
    to the library: a check-out waiting for the write lock holds one."""
    checked_out = getattr(lib.engine.pool, "checkedout", None)
    if checked_out is None:
        return
    deadline = time.monotonic() + limit_s
    while checked_out() > 0 and time.monotonic() < deadline:
        time.sleep(0.001)


class PageSizer:
    """Chooses page sizes so that applying a page takes about ``TX_TARGET_S``: the cost per
    change assumed is the slowest seen lately (it decays by ``DECAY`` per page, so one slow
    page, a disk hiccup, does not shrink every later page), starting from ``PAGE`` changes
    in ``TX_TARGET_S``; sizes stay within ``[min(MIN_PAGE, top), top]``, ``top`` being the
    first size (``PAGE`` unless given)."""

    DECAY = 0.8

    def __init__(self, first: int | None = None) -> None:
        self.top = first or PAGE
        self.cost = TX_TARGET_S / self.top  # seconds per change

    def size(self) -> int:
        return max(min(MIN_PAGE, self.top), min(self.top, int(TX_TARGET_S / self.cost)))

    def applied(self, rows: int, seconds: float) -> None:
        if rows > 0:  # no slower than what gives the smallest page: a hiccup is forgotten in a few pages
            slowest = TX_TARGET_S / min(MIN_PAGE, self.top)
            self.cost = min(slowest, max(seconds / rows, self.cost * self.DECAY, TX_TARGET_S / self.top))


def _before_deleting(lib: Library, changes: list[dict[str, Any]], report: SyncReport, *, allow: bool,
                     progress: Progress | None) -> None:
    """Back up once before this sync first deletes rows here, report how many, and stop
    (``ManyDeletes``) past the guard unless a person allowed it."""
    count = local_deletes(lib, changes)
    if not count:
        return
    if report.backup is None and lib.paths is not None:
        report.backup = str(maintenance.backup_now(lib, reason="before-sync-deletes"))
    if report.deleted + count > DELETE_GUARD and not allow:
        raise ManyDeletes(report.deleted + count, report.backup)
    if progress:
        progress("delete", count, None)
    report.messages.append(f"{count} row(s) deleted on the server are removed here"
                           + (f" (backup first: {report.backup})" if report.backup else ""))


def pull(lib: Library, client: SyncClient, report: SyncReport, *, progress: Progress | None = None,
         page_size: int | None = None, allow_deletes: bool = False) -> None:
    sizer = PageSizer(page_size)
    with lib.read() as s:
        cursor = ensure_sync_state(s).pull_cursor
    total: int | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="sync-fetch") as fetcher:
        ahead: Future[dict[str, Any]] = fetcher.submit(client.pull, cursor, sizer.size())
        while True:
            try:
                page = ahead.result()
            except ServerRefused as exc:
                if exc.status == 410 and not report.full_resync:
                    report.full_resync, cursor = True, None
                    ahead = fetcher.submit(client.pull, cursor, sizer.size())
                    continue
                raise
            if total is None and cursor is None:
                total = page.get("server_seq")
            if page["has_more"]:  # fetched while this page is applied
                ahead = fetcher.submit(client.pull, page["cursor"], sizer.size())
            _before_deleting(lib, page["changes"], report, allow=allow_deletes, progress=progress)
            yield_to_others(lib)
            started = time.perf_counter()
            done = apply_page(lib, page["changes"], page["cursor"])
            sizer.applied(len(page["changes"]), time.perf_counter() - started)
            cursor = page["cursor"]
            report.pulled += done.puts
            report.deleted += done.deletes
            report.skipped += len(done.skipped)
            if progress:
                progress("pull", report.pulled + report.deleted, total)
            if not page["has_more"]:
                return


def sync_once(lib: Library, client: SyncClient, *, apply_clock_offset: bool = False,
              progress: Progress | None = None, allow_deletes: bool = False) -> SyncReport:
    """Push then pull. Raises ``NotSetUp`` before registration, ``ClockSkew`` (after pulling)
    when the clock is too far off to push, and the client's errors."""
    report = SyncReport()
    with lib.read() as s:
        state = ensure_sync_state(s)
    if not state.client_id:
        raise NotSetUp("This desk is not registered with a server yet: run `sync setup`")
    offset = measure_clock(client)
    report.clock_offset_s = offset
    skewed = abs(offset) > MAX_SKEW_S
    if not skewed or apply_clock_offset:
        push(lib, client, state, report, offset_s=offset if skewed else 0.0, progress=progress)
    pull(lib, client, report, progress=progress, allow_deletes=allow_deletes)
    with lib.write() as s:
        st = ensure_sync_state(s)
        st.clock_offset_s = offset
        st.last_sync_at = datetime.now(UTC)
    if skewed and not apply_clock_offset:
        raise ClockSkew(offset)
    return report
