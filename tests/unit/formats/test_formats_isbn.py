"""ISBN normalisation: the forms a clerk types or a scanner sends."""

from __future__ import annotations

import pytest

from desktop_app.formats.isbn import InvalidIsbn, hyphenate, looks_like_isbn, normalize_isbn


@pytest.mark.parametrize(
    "typed",
    ["9780441013593", "978-0-441-01359-3", "978 0 441 01359 3", "0441013597", "0-441-01359-7",
     "ISBN 0-441-01359-7", "ISBN-13: 978-0-441-01359-3", "978044101359351299", " 0441013597 "],
)
def test_valid_forms_give_both_numbers(typed: str) -> None:
    assert normalize_isbn(typed) == ("9780441013593", "0441013597")


def test_isbn10_with_x_check_digit_lowercase() -> None:
    assert normalize_isbn("020161622x") == ("9780201616224", "020161622X")


def test_979_has_no_isbn10() -> None:
    assert normalize_isbn("979-10-323-0569-0") == ("9791032305690", None)


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("978-0-441-01359-4", "the check digit is wrong (expected 3)"),
        ("0-441-01359-8", "the check digit is wrong (expected 7)"),
        ("020161622-1", "the check digit is wrong (expected X)"),
        ("12345", "it has 5 digits; an ISBN has 10 or 13 digits"),
        ("4006381333931", "a 13-digit ISBN starts with 978 or 979"),
        ("978044101359X", "only a 10-character ISBN may end in X"),
        ("abc", "only digits, hyphens, spaces and a final X"),
        ("", "nothing was typed"),
    ],
)
def test_invalid_forms_say_what_and_why(typed: str, why: str) -> None:
    with pytest.raises(InvalidIsbn) as info:
        normalize_isbn(typed)
    assert str(info.value).startswith(f"{typed!r} is not a valid ISBN: ")
    assert why in str(info.value)
    assert isinstance(info.value, ValueError)


def test_exact_message() -> None:
    with pytest.raises(InvalidIsbn, match=r"^'978-0-441-01359-4' is not a valid ISBN: the check "
                                          r"digit is wrong \(expected 3\)$"):
        normalize_isbn("978-0-441-01359-4")


def test_hyphenate() -> None:
    assert hyphenate("9780441013593") == "978-0-441-01359-3"
    assert hyphenate("9791032305690") == "979-10-323-0569-0"
    with pytest.raises(InvalidIsbn):
        hyphenate("9780441013594")


def test_looks_like_isbn_checks_shape_only() -> None:
    assert looks_like_isbn("978-0-441-01359-4")
    assert looks_like_isbn("0441013597")
    assert looks_like_isbn("020161622X")
    assert not looks_like_isbn("Dune")
    assert not looks_like_isbn("31000042")
    assert not looks_like_isbn("4006381333931")
