"""The library's settings, each declared once: key, kind, default, label, limits and the check
that refuses a bad value. The services read their defaults from here, the Settings tab builds
its form from it and the server's ``/settings`` route derives its schema from it.

A new library setting is one ``LibrarySetting`` in ``LIBRARY_SETTINGS``; nothing else restates
its default. (Settings of one workstation live in ``config.LOCAL_SETTINGS``; the server's own in
``server/settings.py``.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .errors import InvalidInput
from .targets import DEFAULT_TARGETS, parse_targets

Kind = Literal["text", "long_text", "whole", "flag", "weekdays", "choice"]

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


#: How a value of a "choice" setting is named on screen (and in the translations).
CHOICE_LABELS = {
    "desk": "this desk", "server": "the library server", "nobody": "nobody (sent by hand)",
    "starttls": "STARTTLS (port 587)", "tls": "TLS (port 465)", "none": "none (a server on this computer)",
    "A4": "A4", "Letter": "US Letter", "charge": "charge the fine run up so far", "refuse": "refuse: return it first",
    "refund": "cancel the lost fee, refund what was paid", "keep": "keep the lost fee",
    "en": "English", "de": "German", "fr": "French", "es": "Spanish",
}


@dataclass(frozen=True)
class LibrarySetting:
    key: str
    label: str
    kind: Kind
    default: Any
    low: int = 0  # least whole number, or least length of a text
    high: int = 0  # greatest whole number, or greatest length of a text (0: no limit)
    shared: bool = True  # False: each desk has its own value (never replicated, never sent)
    shown: bool = True  # on the Settings tab's Library form
    digits: bool = False  # a text of digits only
    letters: int = 0  # a code of exactly this many letters A-Z (kept in capitals), or empty
    help: str = ""
    choices: tuple[str, ...] = ()  # the values a "choice" may take (the first is the usual one)
    group: str = "library"  # the part of the Settings tab that shows it (library, notices, fines, privacy)
    validate: Callable[[str, str], object] | None = None  # a text's own check: (value, key), raises InvalidInput

    def check(self, value: object) -> Any:
        """``value`` as stored, or ``InvalidInput`` naming this setting and what is wrong."""
        if self.kind in ("text", "long_text"):
            if not isinstance(value, str):
                raise InvalidInput(f"{self.label} must be text", field=self.key)
            value = value.strip()
            if len(value) < self.low:
                raise InvalidInput(f"{self.label} cannot be empty" if self.low == 1
                                   else f"{self.label} needs at least {self.low} characters", field=self.key)
            if self.letters:
                if value and (len(value) != self.letters or not (value.isascii() and value.isalpha())):
                    count = _WORDS.get(self.letters, str(self.letters))
                    raise InvalidInput(f"{self.label} is a code of {count} letters A-Z, or empty (not {value!r})",
                                       field=self.key)
                value = value.upper()
            if self.digits and not value.isdigit():
                count = _WORDS.get(self.high, str(self.high)) + " " if self.low == self.high else ""
                raise InvalidInput(f"{self.label} is {count}digits", field=self.key)
            if self.high and len(value) > self.high:
                raise InvalidInput(f"{self.label} is too long ({len(value)} characters; at most {self.high})",
                                   field=self.key)
            if self.validate is not None:
                self.validate(value, self.key)
            return value
        if self.kind == "whole":
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidInput(f"{self.label} must be a whole number", field=self.key)
            if value < self.low or (self.high and value > self.high):
                raise InvalidInput(f"{self.label} must be between {self.low} and {self.high}", field=self.key)
            return value
        if self.kind == "choice":
            if value not in self.choices:
                raise InvalidInput(f"{self.label} is one of {', '.join(self.choices)} (not {value!r})", field=self.key)
            return value
        if self.kind == "flag":
            if not isinstance(value, bool):
                raise InvalidInput(f"{self.label} is either true or false", field=self.key)
            return value
        # weekdays: 0 (Monday) to 6 (Sunday), not all seven
        if not isinstance(value, list | tuple) or any(
                isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in value):
            raise InvalidInput(f"{self.label}: days are numbers 0 (Monday) to 6 (Sunday)", field=self.key)
        days = sorted(set(value))
        if len(days) == 7:
            raise InvalidInput("The library cannot be closed every day of the week", field=self.key)
        return days


class SettingsTable(Mapping[str, LibrarySetting]):
    """The declared settings by key, in the order the Settings tab shows them."""

    def __init__(self, *settings: LibrarySetting) -> None:
        self._by_key = {s.key: s for s in settings}

    def __getitem__(self, key: str) -> LibrarySetting:
        return self._by_key[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)

    def defaults(self) -> dict[str, Any]:
        return {key: _copy(s.default) for key, s in self._by_key.items()}

    def default(self, key: str) -> Any:
        return _copy(self._by_key[key].default)

    def check(self, values: Mapping[str, object]) -> dict[str, Any]:
        """The values as stored, every key declared and every value valid, or ``InvalidInput``."""
        unknown = sorted(set(values) - set(self._by_key))
        if unknown:
            raise InvalidInput(f"Unknown setting(s): {', '.join(unknown)}", field=unknown[0])
        return {key: self._by_key[key].check(value) for key, value in values.items()}

    def shared_keys(self) -> frozenset[str]:
        return frozenset(key for key, s in self._by_key.items() if s.shared)

    def shown(self, group: str = "library") -> list[LibrarySetting]:
        return [s for s in self._by_key.values() if s.shown and s.group == group]


def _locations(value: str, key: str) -> None:
    names = [line.strip() for line in value.splitlines() if line.strip()]
    for name in names:
        if len(name) > 100:
            raise InvalidInput(f"The location {name[:40]!r}... is too long (at most 100 characters)", field=key)
    if len({n.casefold() for n in names}) != len(names):
        raise InvalidInput("A location is listed twice", field=key)


def location_names(value: str) -> list[str]:
    """The library's locations, one a line in the ``locations`` setting, in the order given."""
    return [line.strip() for line in value.splitlines() if line.strip()]


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


LIBRARY_SETTINGS = SettingsTable(
    LibrarySetting("library_name", "Library name", "text", "My Library", low=1, high=200,
                   help="printed on slips, letters, labels and cards"),
    LibrarySetting("library_address", "Address for slips", "long_text", "", high=500,
                   help="printed on slips and letters"),
    LibrarySetting("desk_name", "Desk name", "text", "Front desk", high=100, shared=False,
                   help="this desk's name in sync and on slips"),
    LibrarySetting("currency", "Currency", "text", "", high=3, letters=3,
                   help="ISO 4217 code of the money the library takes, like EUR, USD or GBP; "
                        "empty: the currency of each desk's language and country"),
    LibrarySetting("fines_enabled", "Charge fines for late returns", "flag", True),
    LibrarySetting("pickup_days", "Days to pick up a hold", "whole", 7, low=1, high=60,
                   help="open days a copy waits on the hold shelf"),
    LibrarySetting("closed_weekdays", "Closed every", "weekdays", [6], help="days of the week the library is shut"),
    LibrarySetting("default_category", "Category of a new member", "text", "adult", low=1, high=40, shown=False),
    LibrarySetting("desk_code", "Desk code", "text", "00", low=2, high=2, shared=False, shown=False, digits=True,
                   help="two characters in every barcode and card number this desk makes (given by the server)"),
    # -- notices to members (issue 12) --
    LibrarySetting("notices_enabled", "Send notices to members", "flag", False, group="notices",
                   help="reminders, overdue notices and hold notices by email; a letter to print for "
                        "a member without email"),
    LibrarySetting("notice_sender", "Notices are sent by", "choice", "desk", choices=("desk", "server", "nobody"),
                   shared=False, group="notices",
                   help="desk: this desk sends them once a day; server: the library server does and "
                        "this desk does not (a library that syncs has one sender)"),
    LibrarySetting("notice_language", "Language of notices", "choice", "en", choices=("en", "de", "fr", "es"),
                   group="notices", help="the templates used: en English, de German, fr French, es Spanish"),
    LibrarySetting("pre_due_days", "Reminder before the due date (days)", "whole", 2, low=0, high=14,
                   group="notices", help="0: no reminder"),
    LibrarySetting("overdue_days_1", "First overdue notice (days late)", "whole", 1, low=0, high=365,
                   group="notices", help="0: none"),
    LibrarySetting("overdue_days_2", "Second overdue notice (days late)", "whole", 8, low=0, high=365,
                   group="notices", help="0: none; later than the first"),
    LibrarySetting("overdue_days_3", "Third overdue notice (days late)", "whole", 15, low=0, high=365,
                   group="notices", help="0: none; later than the second"),
    LibrarySetting("letter_paper", "Paper of printed letters", "choice", "A4", choices=("A4", "Letter"),
                   group="notices"),
    LibrarySetting("smtp_host", "Mail server (SMTP)", "text", "", high=200, shared=False, group="notices",
                   help="host name of the library's mail server; the password is kept in the system's keyring"),
    LibrarySetting("smtp_port", "Mail server port", "whole", 587, low=1, high=65535, shared=False, group="notices"),
    LibrarySetting("smtp_security", "Mail server security", "choice", "starttls",
                   choices=("starttls", "tls", "none"), shared=False, group="notices",
                   help="starttls (port 587), tls (port 465) or none (a server on this computer only)"),
    LibrarySetting("smtp_user", "Mail server user", "text", "", high=200, shared=False, group="notices"),
    LibrarySetting("notice_from", "Send notices from (email address)", "text", "", high=200, shared=False,
                   group="notices"),
    # -- fines (issue 12) --
    LibrarySetting("fines_on_closed_days", "Charge fines for days the library is closed", "flag", False,
                   group="fines"),
    LibrarySetting("renew_overdue", "Renewing an overdue loan", "choice", "charge", choices=("charge", "refuse"),
                   group="fines", help="charge: the fine run up so far is charged and the loan renewed; "
                                       "refuse: it must be returned"),
    LibrarySetting("lost_found", "A lost copy that turns up", "choice", "refund", choices=("refund", "keep"),
                   group="fines", help="refund: its lost fee is cancelled and what was paid refunded; "
                                       "keep: the lost fee stands"),
    # -- privacy and housekeeping (issue 12) --
    LibrarySetting("anonymise_after_days", "Forget who borrowed a returned book after (days)", "whole", 0,
                   low=0, high=3650, group="privacy",
                   help="0: keep it; otherwise returned loans lose their member after so many days "
                        "(the statistics stay)"),
    LibrarySetting("keep_tombstones_days", "Keep records of deletions for (days)", "whole", 180, low=30,
                   high=3650, shared=False, group="privacy",
                   help="a desk that has not synced for longer must download everything again"),
    # -- cataloguing (issue 11) --
    LibrarySetting("locations", "Locations", "long_text", "Adult fiction\nAdult non-fiction\nChildren\n"
                   "Reference\nMagazines", high=5000, group="catalog", validate=_locations,
                   help="one a line: the shelves and rooms a copy can be in"),
    LibrarySetting("lookup_targets", "Look up ISBNs in", "long_text", DEFAULT_TARGETS, high=5000,
                   group="catalog", validate=lambda value, key: parse_targets(value, field=key),
                   help="one catalogue a line, tried in order: sru URL INDEX NAME, or openlibrary URL - NAME"),
    LibrarySetting("lookup_timeout", "Seconds to wait for a catalogue", "whole", 5, low=1, high=30,
                   group="catalog"),
    LibrarySetting("fetch_covers", "Fetch covers with looked-up records", "flag", True, group="catalog"),
)
