"""The one place the command line prints errors, and small helpers for tables."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command was used wrongly (exit 2)."""


def error(message: str) -> None:
    print(f"library-desk: {message}", file=sys.stderr)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    data = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in data:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in data]
    return "\n".join(lines)
