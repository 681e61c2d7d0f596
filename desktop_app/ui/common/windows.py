"""Rows of a large result fetched by id, a window at a time: the ids are held eagerly (cheap
even for a million), the rows of the windows a view paints are fetched when first asked for and
kept, the least recently used window dropped past ``max_windows`` (DESIGN.md habit 3). Pure
Python: the catalog's and the audit log's table models hold one each."""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, Protocol, TypeVar

log = logging.getLogger(__name__)


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


class RowWindows(Generic[R]):
    """``fetch(ids) -> rows`` returns the rows of ``ids`` in any order; a row it leaves out, or a
    window whose fetch failed, is None (shown as a placeholder; the next paint tries again)."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[R]], *, window: int, max_windows: int,
                 what: str) -> None:
        self._fetch, self.window, self.max_windows, self._what = fetch, window, max_windows, what
        self.ids: array = array("q")
        self._cache: OrderedDict[int, list[R | None]] = OrderedDict()
        self.fetches = 0  # windows fetched (tests and benchmarks read this)

    def reset(self, ids: array) -> None:
        self.ids = ids
        self._cache.clear()

    def forget(self) -> None:
        """Drop the fetched rows (the data changed); the ids stay."""
        self._cache.clear()

    def row(self, index: int) -> R | None:
        """The row at ``index`` (fetching its window if needed), None if out of range."""
        if not 0 <= index < len(self.ids):
            return None
        return self._rows(index // self.window)[index % self.window]

    def cached(self) -> Iterator[tuple[int, R]]:
        """(index, row) of every row fetched so far."""
        for window, rows in self._cache.items():
            for i, row in enumerate(rows):
                if row is not None:
                    yield window * self.window + i, row

    def _rows(self, window: int) -> list[R | None]:
        rows = self._cache.get(window)
        if rows is not None:
            self._cache.move_to_end(window)
            return rows
        ids = self.ids[window * self.window:(window + 1) * self.window]
        try:
            fetched = {r.id: r for r in self._fetch(ids)}
        except Exception:  # shown as placeholders; the next paint tries again
            log.exception("could not fetch %s", self._what)
            return [None] * len(ids)
        self.fetches += 1
        found: list[R | None] = [fetched.get(i) for i in ids]
        self._cache[window] = found
        if len(self._cache) > self.max_windows:
            self._cache.popitem(last=False)
        return found
