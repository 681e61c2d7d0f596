"""A standalone library moving onto a new, empty library server (the desk side of
``server/sync_join``): whether this desk has a library of its own, and the upload of all of
it -- every replicated row, the library's settings and closed days -- from one consistent read
of the database, with the journal position it covers. The server refuses a join when it
already holds a library; nothing on the desk changes either way, except that the journal up to
that position is marked sent (its effects are in the upload)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select, update

from ..db.engine import reader
from ..db.models import Book, ClosedDay, Copy, Fee, Hold, JournalEntry, Loan, Member, Setting
from ..services import Library
from ..services.setup import ensure_sync_state
from .client import SyncClient
from .entities import ORDER
from .rows import rows_after

UPLOAD_BATCH = 2000
# Books carry their kept MARC records (up to 16 KiB each, base64): 500 of them fit the body limit.
BATCH_OF = {"book": 500}
OWN_DATA = {"books": Book, "copies": Copy, "members": Member, "loans": Loan, "holds": Hold, "fees": Fee}
EXTRA = {"member": ("pin_hash",)}


def own_data(lib: Library) -> dict[str, int]:
    """What this desk holds that a library server would not have from elsewhere."""
    with lib.read() as s:
        return {name: int(s.scalar(select(func.count()).select_from(model)) or 0) for name, model in OWN_DATA.items()}


def describe(found: dict[str, int]) -> str:
    return ", ".join(f"{n:,} {name}" for name, n in found.items() if n) or "nothing"


def upload(lib: Library, client: SyncClient, progress: Callable[[str, int, int | None], None] | None = None
           ) -> dict[str, Any]:
    """Send every row of this library to the server that is expecting it, then mark the
    journal as sent up to where the upload read it. Returns the server's answer."""
    sent: dict[str, int] = {}
    # One read transaction for the whole upload (WAL: a snapshot; the desk keeps working).
    with reader(lib.engine).connect() as conn, conn.begin():
        last_seq = int(conn.execute(select(func.coalesce(func.max(JournalEntry.seq), 0))).scalar() or 0)
        settings = [{"key": k, "value": v} for k, v in conn.execute(select(Setting.key, Setting.value))]
        client.join_rows("setting", settings)
        days = [{"day": d.isoformat(), "reason": r, "uuid": u}
                for d, r, u in conn.execute(select(ClosedDay.day, ClosedDay.reason, ClosedDay.uuid))]
        if days:
            client.join_rows("closed_day", days)
        total = sum(own_data(lib).values()) or None
        done = 0
        for entity in ORDER:
            after = 0
            sent[entity] = 0
            while True:
                rows, after_next = rows_after(conn, entity, after, BATCH_OF.get(entity, UPLOAD_BATCH),
                                              EXTRA.get(entity, ()))
                if not rows:
                    break
                client.join_rows(entity, rows)
                sent[entity] += len(rows)
                done += len(rows)
                after = after_next
                if progress:
                    progress("upload", done, total)
    answer = client.join_done(last_seq, sent)
    with lib.write() as s:
        s.execute(update(JournalEntry).where(JournalEntry.seq <= last_seq, JournalEntry.status == "pending")
                  .values(status="applied", result={"joined": True}))
        ensure_sync_state(s).last_acked_seq = last_seq
    return {**answer, "sent": sent, "last_seq": last_seq}
