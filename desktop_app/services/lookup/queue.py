"""ISBNs queued while no catalogue could be reached (``lookup_requests``), and their later look-up.

A request is ``waiting`` until a look-up reaches a catalogue; then it is ``found`` (the hits'
summary in ``message``) or ``not_found``; ``added`` once a librarian added its record as a title.
A found record is NOT added by itself: a clerk who queued it at the desk may not add titles, and
a librarian checks a record (the right edition, the right one of several) before it enters the
catalogue, so it waits for one click (``add_found``). The queue is the desk's own: it does not
sync (the title added from it does).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ...db.record_models import LookupRequest
from ...domain.errors import InvalidInput, NotFound
from ...domain.values import Role
from ..library import Actor, Library, require
from ..transaction import action
from .ask import isbn_of

if TYPE_CHECKING:
    from ...domain.targets import Target
    from ..catalog.input import CopyInput
    from .ask import Hit, LookupResult
    from .covers import Shrink

log = logging.getLogger(__name__)

WAITING, FOUND, NOT_FOUND, ADDED = "waiting", "found", "not_found", "added"
#: At most this many queued ISBNs are asked for in one scheduled run.
PER_RUN = 20


@dataclass(frozen=True)
class RequestView:
    id: int
    isbn: str
    state: str
    queued_at: datetime
    queued_by: str | None
    tries: int
    message: str | None
    book_id: int | None


def _view(row: LookupRequest) -> RequestView:
    return RequestView(row.id, row.isbn, row.state, row.queued_at, row.queued_by, row.tries, row.message,
                       row.book_id)


def waiting_count(lib: Library) -> int:
    """How many queued ISBNs wait for a catalogue (the scheduled job is off while none do)."""
    with lib.read() as s:
        return s.scalar(select(func.count()).select_from(LookupRequest).where(LookupRequest.state == WAITING)) or 0


class LookupQueue:
    """The queue half of ``Lookup`` (which gives ``look_up`` and ``add_hit``)."""

    lib: Library

    def look_up(self, isbn: str) -> LookupResult:  # pragma: no cover - Lookup's
        raise NotImplementedError

    def add_hit(self, actor: Actor, hit: Hit, *, copies: list[CopyInput] | None = None,
                targets: list[Target] | None = None, duplicate_ok: bool = False,
                shrink: Shrink | None = None) -> int:  # pragma: no cover
        raise NotImplementedError

    def queue(self, actor: Actor, isbn: str) -> RequestView:
        """Queue ``isbn`` for a later look-up (any staff). Queued twice it is one request; one
        that was not found before waits again."""
        require(actor, Role.DESK, "queue ISBNs for look-up")
        isbn13, _ = isbn_of(isbn)
        with action(self.lib, actor) as tx:
            row = tx.s.scalar(select(LookupRequest).where(LookupRequest.isbn == isbn13))
            if row is None:
                row = LookupRequest(isbn=isbn13, state=WAITING, queued_at=tx.now, queued_by=actor.username, tries=0)
                tx.s.add(row)
            elif row.state == NOT_FOUND:
                row.state, row.message = WAITING, None
            tx.s.flush()
            tx.audit("lookup_queue", "lookup", None, isbn=isbn13)
            return _view(row)

    def requests(self, *, states: tuple[str, ...] = (WAITING, FOUND, NOT_FOUND)) -> list[RequestView]:
        with self.lib.read() as s:
            rows = s.scalars(select(LookupRequest).where(LookupRequest.state.in_(states))
                             .order_by(LookupRequest.queued_at, LookupRequest.id))
            return [_view(row) for row in rows]

    def retry_waiting(self, actor: Actor, *, limit: int = PER_RUN) -> str:
        """Look the waiting ISBNs up again (the scheduled job): each one reached is marked found or
        not found; the round stops at the first that reaches no catalogue (still offline).
        Idempotent: found and not-found requests are not asked again. Returns what it did."""
        require(actor, Role.DESK, "look up queued ISBNs")
        waiting = [r for r in self.requests(states=(WAITING,))][:limit]
        found = missing = 0
        for request in waiting:
            result = self.look_up(request.isbn)  # network: outside any transaction
            with action(self.lib, actor) as tx:
                row = tx.s.get(LookupRequest, request.id)
                if row is None or row.state != WAITING:
                    continue
                row.tries, row.tried_at = (row.tries or 0) + 1, tx.now
                if result.hits:
                    row.state, row.message = FOUND, "\n".join(h.summary for h in result.hits)[:2000]
                    found += 1
                elif result.reached:
                    row.state, row.message = NOT_FOUND, result.message[:2000]
                    missing += 1
                else:
                    row.message = result.message[:2000]
                tx.audit("lookup_retry", "lookup", None, isbn=row.isbn, state=row.state)
            log.info("queued look-up of %s: %s", request.isbn, result.message)
            if not result.reached:
                break
        left = len(self.requests(states=(WAITING,)))
        if not waiting:
            return "no ISBNs were waiting to be looked up"
        return (f"looked up queued ISBNs: {found} found, {missing} not known to any catalogue, "
                f"{left} still waiting")

    def add_found(self, actor: Actor, request_id: int, *, choice: int = 0) -> int:
        """Add the record found for a queued ISBN as a title (a librarian's one click): the
        catalogues are asked again for it (the record is not kept in the queue), the ``choice``-th
        hit is added with its cover. Returns the new book's id."""
        require(actor, Role.LIBRARIAN, "add books to the catalog")
        with self.lib.read() as s:
            row = s.get(LookupRequest, request_id)
            if row is None:
                raise NotFound(f"There is no queued look-up {request_id}")
            isbn, state = row.isbn, row.state
        if state == ADDED:
            raise InvalidInput(f"The record of ISBN {isbn} was added already", field="request")
        result = self.look_up(isbn)
        if not result.hits:
            raise NotFound(result.message)
        if not 0 <= choice < len(result.hits):
            raise InvalidInput(f"Choose a record from 1 to {len(result.hits)}", field="choice")
        book_id = self.add_hit(actor, result.hits[choice])
        with action(self.lib, actor) as tx:
            done = tx.s.get(LookupRequest, request_id)
            if done is not None:
                done.state, done.book_id = ADDED, book_id
            tx.audit("lookup_added", "lookup", None, isbn=isbn, book_id=book_id)
        return book_id

    def drop_request(self, actor: Actor, request_id: int) -> None:
        require(actor, Role.DESK, "remove queued look-ups")
        with action(self.lib, actor) as tx:
            row = tx.s.get(LookupRequest, request_id)
            if row is None:
                raise NotFound(f"There is no queued look-up {request_id}")
            tx.s.delete(row)
            tx.audit("lookup_drop", "lookup", None, isbn=row.isbn)
