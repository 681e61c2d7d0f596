"""Money a member hands over at the desk: how it is spread over the fees chosen, and what goes
back as change. The change is never kept as credit: a fee records at most what it still owes.

Amounts are integer cents (DESIGN: money is integer cents).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import InvalidInput

_AMOUNT = re.compile(r"([0-9]{1,9})?(?:[.,]([0-9]{1,2}))?", re.ASCII)

MAX_PAYMENT_CENTS = 1_000_000_00  # a sum no small library takes at a desk: a typing slip


@dataclass(frozen=True)
class Allocation:
    """What a payment does: ``parts[i]`` cents go to the i-th fee (0 when nothing reaches it),
    ``change_cents`` go back to the member, ``left_cents`` of the chosen fees stay owed."""

    parts: tuple[int, ...]
    change_cents: int
    left_cents: int

    @property
    def paid_cents(self) -> int:
        return sum(self.parts)


def check_amount(amount_cents: object, *, what: str = "The amount", field: str = "amount") -> int:
    """``amount_cents`` as a whole number of cents more than zero, or ``InvalidInput``."""
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise InvalidInput(f"{what} must be a whole number of cents", field=field)
    if amount_cents <= 0:
        raise InvalidInput(f"{what} must be more than zero", field=field)
    if amount_cents > MAX_PAYMENT_CENTS:
        raise InvalidInput(f"{what} is too large", field=field)
    return amount_cents


def allocate(balances: Sequence[int], received_cents: int) -> Allocation:
    """Spread ``received_cents`` over fees owing ``balances`` in their order (oldest first):
    each takes what it owes until the money runs out; what is left over is change."""
    received = check_amount(received_cents, what="The amount received", field="received")
    if not balances:
        raise InvalidInput("Choose at least one fee to pay", field="fees")
    if any(b <= 0 for b in balances):
        raise InvalidInput("A chosen fee owes nothing", field="fees")
    parts: list[int] = []
    rest = received
    for balance in balances:
        part = min(rest, balance)
        parts.append(part)
        rest -= part
    owed = sum(balances)
    return Allocation(tuple(parts), max(0, received - owed), max(0, owed - received))


def parse_cents(text: str) -> int:
    """Cents from an amount typed as currency units ("2.50", "2,5", "3"), or ``InvalidInput``.
    For the command line; the desk parses with its locale."""
    found = _AMOUNT.fullmatch((text or "").strip())
    if found is None or not found.group(0):
        raise InvalidInput(f"{text!r} is not an amount of money (write it like 2.50)", field="amount")
    units, fraction = found.group(1) or "0", found.group(2) or ""
    return int(units) * 100 + int((fraction + "00")[:2])
