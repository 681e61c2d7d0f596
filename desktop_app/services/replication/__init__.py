"""The server's replay of a desk's journal operations: ``replay(tx, op)`` finds the
operation's rows, recognises what was already applied, and runs the same transition the desk
ran, with the desk's actor (``tx.actor``) and time (``tx.now``). ``circulation`` and ``edits``
hold the replays; ``merge`` the field-by-field merge of offline edits."""

from __future__ import annotations

from ..transaction import Tx
from .circulation import CIRCULATION, replay_checkout
from .edits import EDITS
from .ops import Op, Outcome, Unapplied

REPLAYS = {**CIRCULATION, **EDITS}


def replay(tx: Tx, op: Op) -> Outcome:
    """Apply ``op`` in ``tx``; raises ``Unapplied`` or a ``LibraryError`` when it must not
    take effect (the caller rolls its savepoint back and records an exception)."""
    handler = REPLAYS.get(op.kind)
    if handler is None:
        raise Unapplied("unknown_kind", f"This server does not know the operation {op.kind!r}")
    return handler(tx, op)


__all__ = ["Op", "Outcome", "REPLAYS", "Unapplied", "replay", "replay_checkout"]
