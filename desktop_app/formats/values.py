"""Parsing of single values typed by people into spreadsheets: dates, years, prices, languages.

Every parser returns the value or raises ValueError whose message is the reason, worded to
follow "the field ... " in a problem report (for example "'31/02/2024' is not a date").
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_LANGUAGES = {
    "english": "eng", "french": "fre", "german": "ger", "spanish": "spa", "italian": "ita",
    "portuguese": "por", "dutch": "dut", "latin": "lat", "greek": "gre", "russian": "rus",
    "polish": "pol", "czech": "cze", "swedish": "swe", "danish": "dan", "norwegian": "nor",
    "finnish": "fin", "hungarian": "hun", "romanian": "rum", "turkish": "tur",
    "arabic": "ara", "hebrew": "heb", "chinese": "chi", "japanese": "jpn", "korean": "kor",
    "hindi": "hin", "welsh": "wel", "irish": "gle", "catalan": "cat", "ukrainian": "ukr",
    "en": "eng", "fr": "fre", "de": "ger", "es": "spa", "it": "ita", "pt": "por", "nl": "dut",
}


def parse_date(text: str) -> date:
    """Accept ISO (2024-03-05, also with a time after it), 2024/03/05, 05.03.2024, 05/03/2024.

    Day-first is assumed for dd/mm/yyyy, as in most of the world's spreadsheets.
    """
    value = text.strip()
    match = _ISO.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.match(value)
        if not match:
            raise ValueError(f"{text!r} is not a date (use 2024-03-05 or 05.03.2024)")
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: there is no such day") from None


def parse_year(text: str) -> int:
    """The first four-digit number in ``text`` ("c2005.", "2005-08-02", "[1995?]")."""
    match = _YEAR.search(text)
    if not match or not 1000 <= int(match.group(1)) <= 2999:
        raise ValueError(f"{text!r} is not a year")
    return int(match.group(1))


def parse_price_cents(text: str) -> int:
    """A price in integer cents: "12.50", "12,50", "$1,234.56", "€ 7" -> 1250, 1250, 123456, 700."""
    value = re.sub(r"[^\d.,\-]", "", text)
    if not value or value.startswith("-") or not re.search(r"\d", value):
        raise ValueError(f"{text!r} is not a price")
    last_sep = max(value.rfind("."), value.rfind(","))
    if last_sep != -1 and len(value) - last_sep - 1 in (1, 2):
        whole, frac = value[:last_sep], value[last_sep + 1 :]
    else:
        whole, frac = value, ""
    whole = whole.replace(".", "").replace(",", "")
    if not whole.isdigit() and whole != "":
        raise ValueError(f"{text!r} is not a price")
    return int(whole or "0") * 100 + int((frac + "00")[:2])


def parse_language(text: str) -> str:
    """A MARC three-letter code from "eng", "English" or "en"."""
    value = text.strip().lower()
    if value in _LANGUAGES:
        return _LANGUAGES[value]
    if len(value) == 3 and value.isalpha():
        return value
    raise ValueError(f"{text!r} is not a language name or three-letter code")


def split_list(text: str, separators: str = ";|") -> list[str]:
    """Split on any of ``separators``; trims items and drops empty ones."""
    pattern = "[" + re.escape(separators) + "]"
    return [item.strip() for item in re.split(pattern, text) if item.strip()]
