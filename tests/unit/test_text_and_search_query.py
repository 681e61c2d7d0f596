"""Text helpers and the pure parts of search: tokens, the FTS5 query built from what a clerk
types (never FTS syntax), and ISBN keys in any form."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.db.search import fts_query, isbn_key, tokens
from desktop_app.domain.text import day, fold, mod10_check_digit, money, normalize_scan, sort_title


def test_money() -> None:
    assert money(0) == "0.00"
    assert money(5) == "0.05"
    assert money(1050) == "10.50"
    assert money(-199) == "-1.99"


def test_day_reads_like_a_clerk_writes() -> None:
    assert day(date(2026, 12, 12)) == "12 Dec 2026"
    assert day(date(2026, 3, 1)) == "1 Mar 2026"


@pytest.mark.parametrize("raw", ["30000000015\n", "  30000000015", "3000 0000 015", "\t30000000015\r\n",
                                 "30000000015\u00a0", "\u200b30000000015"])
def test_normalize_scan_removes_what_scanners_add(raw: str) -> None:
    assert normalize_scan(raw) == "30000000015"


def test_normalize_scan_upper_cases_letter_prefixes() -> None:
    assert normalize_scan(" lib-00042 \n") == "LIB-00042"
    assert normalize_scan("") == ""
    assert normalize_scan(" \n\t") == ""


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  Émile   ZOLA ") == "emile zola"
    assert fold("Ça") == "ca"
    assert fold("Cafe\u0301") == "cafe"


def test_sort_title_drops_a_leading_article() -> None:
    assert sort_title("The Hobbit") == "hobbit"
    assert sort_title("L'Étranger") == "etranger"
    assert sort_title("A") == "a"
    assert sort_title("Anathem") == "anathem"


def test_mod10_check_digit() -> None:
    assert mod10_check_digit("7992739871") == "3"  # the textbook Luhn example
    assert mod10_check_digit("3000000001") == "5"


def test_tokens_fold_and_split_on_anything_not_a_letter_or_digit() -> None:
    assert tokens("Émile Zola") == ["emile", "zola"]
    assert tokens('"dune" OR -herbert* NEAR(a b)') == ["dune", "or", "herbert", "near", "a", "b"]
    assert tokens("🙂📚") == []
    assert tokens("snake_case") == ["snake", "case"]


def test_tokens_are_bounded_for_huge_input() -> None:
    many = tokens("word " * 2000)
    assert len(many) == 12
    assert tokens("x" * 10_000) == ["x" * 40]


def test_fts_query_quotes_every_token_and_prefixes_the_last() -> None:
    assert fts_query("Dune") == '"dune"*'
    assert fts_query("frank herb") == '"frank" "herb"*'
    assert fts_query('Dune" OR "xy') == '"dune" "or" "xy"*'


@pytest.mark.parametrize(("typed", "expected"), [
    ("", None),
    ("   ", None),
    ("d", None),  # a one-letter last token waits for the next keystroke
    ("dune h", '"dune"*'),  # ... and is dropped when there are others
    ("NEAR(", '"near"*'),
    ("*", None),
    ("-", None),
    ('"', None),
    ("🙂", None),
])
def test_fts_query_for_syntax_a_clerk_may_type(typed: str, expected: str | None) -> None:
    assert fts_query(typed) == expected


def test_fts_query_never_lets_a_quote_or_operator_through() -> None:
    for typed in ['a"b', "x* OR y", "NOT z", "col:val", "^start", "a + b", "(x)", "{a b}"]:
        query = fts_query(typed, min_last=1)
        assert query is not None
        inner = query.replace('" "', " ").strip('"*')
        assert '"' not in inner and "*" not in inner and ":" not in inner and "(" not in inner


def test_single_letters_between_words_are_left_out() -> None:
    # "o'brien" is "o" + "brien": the "o" (in a large part of the catalog) narrows nothing and
    # was the slowest read of the index; single letters alone wait for more typing
    assert fts_query("o'brien ande") == '"brien" "ande"*'
    assert fts_query("j. k. rowl") == '"rowl"*'
    assert fts_query("o'b") is None
    assert fts_query("x y z") is None
    assert fts_query("discworld 8") == '"discworld" "8"'
    assert fts_query("dune 2 x") == '"dune" "2"*'
    assert fts_query("o'brien a", min_last=1) == '"o" "brien" "a"*'


def test_fts_query_min_last_for_member_search() -> None:
    assert fts_query("a", min_last=1) == '"a"*'


@pytest.mark.parametrize("typed", ["978-0-441-17271-9", "9780441172719", "0-441-17271-7", "0441172717",
                                   " 0 441 17271 7 ", "978 0 441 17271 9"])
def test_isbn_key_accepts_any_form(typed: str) -> None:
    assert isbn_key(typed) == "9780441172719"


def test_isbn_key_handles_x_check_digits() -> None:
    assert isbn_key("0-8044-2957-X") == "9780804429573"
    assert isbn_key("080442957x") == "9780804429573"


@pytest.mark.parametrize("typed", ["", "dune", "0441172718", "9780441172710", "12345", "x" * 10_000,
                                   "97804411727190"])
def test_isbn_key_is_none_for_anything_else(typed: str) -> None:
    assert isbn_key(typed) is None
