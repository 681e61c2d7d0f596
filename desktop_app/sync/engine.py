"""One sync of a desk with its server: push the journal in order, in batches, then pull the
change feed page by page. What the GUI and the command line call.

- Push: pending journal rows (``seq > last_acked_seq``) go in batches of ``BATCH``; each
  answer marks the rows (applied, duplicate, rejected, conflict) and ``last_acked_seq`` in one
  local transaction. A ``seq_gap`` answer restarts from the seq the server expects. Nothing
  is pushed while the clock is off by more than the server allows, unless the person chose
  to apply the measured offset.
- Pull: pages until ``has_more`` is false, each applied with its cursor in one transaction
  (``apply.apply_page``); an expired cursor (410) restarts from nothing.
- Errors from ``client`` (``Unreachable``, ``NeedLogin``, ``ServerRefused``) propagate: the
  journal and the cursor only ever move forward with what the server confirmed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from ..db.models import JournalEntry, SyncState
from ..services import Library
from ..services.setup import ensure_sync_state
from .apply import apply_page
from .client import ServerRefused, SyncClient, SyncError

BATCH = 200
PAGE = 500
MAX_SKEW_S = 300.0
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


def measure_clock(client: SyncClient) -> float:
    """Server time minus this computer's time, in seconds (half the round trip corrected)."""
    before = wall_clock()
    meta = client.meta()
    after = wall_clock()
    server = datetime.fromisoformat(meta["server_time"]).timestamp()
    return server - (before + after) / 2


def pending_count(lib: Library) -> int:
    with lib.read() as s:
        return int(s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.status == "pending")) or 0)


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
        body = {"client_id": state.client_id, "sent_at": datetime.fromtimestamp(wall_clock(), UTC).isoformat(), "clock_offset_s": offset_s,
                "ops": [{"seq": r.seq, "op_id": r.op_id, "kind": r.kind, "args": r.args, "entity_uuid": r.entity_uuid,
                         "base_version": r.base_version, "occurred_at": r.occurred_at.isoformat()} for r in rows]}
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
            status = answer["status"] if answer["status"] != "duplicate" else (answer.get("original_status") or "applied")
            row.status, row.result = status, answer.get("result") or {}
            report.statuses[answer["status"]] = report.statuses.get(answer["status"], 0) + 1
            report.messages.extend(answer.get("result", {}).get("messages") or [])
        state = ensure_sync_state(s)
        state.last_acked_seq = max(state.last_acked_seq, max(by_seq))
        report.pushed += len(results)


def pull(lib: Library, client: SyncClient, report: SyncReport, *, progress: Progress | None = None,
         page_size: int | None = None) -> None:
    page_size = page_size or PAGE
    with lib.read() as s:
        cursor = ensure_sync_state(s).pull_cursor
    total: int | None = None
    while True:
        try:
            page = client.pull(cursor, page_size)
        except ServerRefused as exc:
            if exc.status == 410 and not report.full_resync:
                report.full_resync, cursor = True, None
                continue
            raise
        if total is None and cursor is None:
            total = page.get("server_seq")
        done = apply_page(lib, page["changes"], page["cursor"])
        cursor = page["cursor"]
        report.pulled += done.puts
        report.deleted += done.deletes
        report.skipped += len(done.skipped)
        if progress:
            progress("pull", report.pulled + report.deleted, total)
        if not page["has_more"]:
            return


def sync_once(lib: Library, client: SyncClient, *, apply_clock_offset: bool = False,
              progress: Progress | None = None) -> SyncReport:
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
    pull(lib, client, report, progress=progress)
    with lib.write() as s:
        st = ensure_sync_state(s)
        st.clock_offset_s = offset
        st.last_sync_at = datetime.now(UTC)
    if skewed and not apply_clock_offset:
        raise ClockSkew(offset)
    return report
