"""Money at the desk, the pure part: a payment spread over fees oldest first with change for
what is left over, amounts typed at the command line, and the library's currency setting."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.payments import MAX_PAYMENT_CENTS, allocate, parse_cents
from desktop_app.domain.settings import LIBRARY_SETTINGS


def test_a_payment_goes_to_the_oldest_fee_first_and_the_rest_is_change() -> None:
    exact = allocate([250, 500], 750)
    assert (exact.parts, exact.change_cents, exact.left_cents) == ((250, 500), 0, 0)
    short = allocate([250, 500], 400)
    assert (short.parts, short.change_cents, short.left_cents, short.paid_cents) == ((250, 150), 0, 350, 400)
    over = allocate([250, 500], 1000)
    assert (over.parts, over.change_cents, over.left_cents, over.paid_cents) == ((250, 500), 250, 0, 750)
    little = allocate([250, 500], 100)
    assert little.parts == (100, 0) and little.left_cents == 650


@pytest.mark.parametrize("received", [0, -300, 2.5, True, "5", MAX_PAYMENT_CENTS + 1])
def test_no_payment_of_nothing_or_of_a_non_amount(received: object) -> None:
    with pytest.raises(InvalidInput) as caught:
        allocate([250], received)  # type: ignore[arg-type]
    assert caught.value.field == "received"


def test_a_payment_needs_a_fee_that_owes_something() -> None:
    with pytest.raises(InvalidInput, match="at least one fee"):
        allocate([], 100)
    with pytest.raises(InvalidInput, match="owes nothing"):
        allocate([100, 0], 100)


@pytest.mark.parametrize(("text", "cents"), [("2.50", 250), ("2,5", 250), ("3", 300), (" 12.05 ", 1205), (".5", 50)])
def test_amounts_typed_at_the_command_line(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "-3", "2.505", "1.2.3", "12.", "€3", "٣"])
def test_what_is_no_amount_is_refused_with_the_text(text: str) -> None:
    with pytest.raises(InvalidInput, match="is not an amount of money"):
        parse_cents(text)


def test_the_currency_is_three_letters_or_empty() -> None:
    assert LIBRARY_SETTINGS.default("currency") == ""
    assert LIBRARY_SETTINGS.check({"currency": " eur "}) == {"currency": "EUR"}
    assert LIBRARY_SETTINGS.check({"currency": ""}) == {"currency": ""}
    assert "currency" in LIBRARY_SETTINGS.shared_keys()
    for bad in ("EU", "EURO", "E1R", "ÉUR", 12):
        with pytest.raises(InvalidInput) as caught:
            LIBRARY_SETTINGS.check({"currency": bad})
        assert caught.value.field == "currency"
    with pytest.raises(InvalidInput, match="Currency is a code of three letters A-Z, or empty"):
        LIBRARY_SETTINGS.check({"currency": "EU"})
