"""Typed errors a desk clerk can read. Raised where they arise, shown in one place."""

from __future__ import annotations

from dataclasses import dataclass, field


class LibraryError(Exception):
    """Base of every error the library itself reports (not a bug).

    ``message`` is a sentence for a person: it names the member and the item involved.
    """

    code = "library_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(LibraryError):
    code = "not_found"


class InvalidInput(LibraryError):
    """Bad input from a person or a file: says what is wrong and where."""

    code = "invalid_input"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class BadCursor(InvalidInput):
    """A list's cursor that is damaged or belongs to another list (other filters or sort)."""

    code = "bad_cursor"

    def __init__(self, message: str) -> None:
        super().__init__(message, field="cursor")


class Conflict(LibraryError):
    """The data changed under us or a unique value is already taken."""

    code = "conflict"


class Busy(LibraryError):
    """Another program or a long job (an import, a restore) holds the library for writing."""

    code = "busy"


class PermissionDenied(LibraryError):
    code = "permission_denied"


class AuthenticationFailed(LibraryError):
    code = "authentication_failed"


class AccountLocked(AuthenticationFailed):
    code = "account_locked"


class MembershipExpired(AuthenticationFailed):
    code = "membership_expired"


@dataclass(frozen=True)
class Reason:
    """One reason the rules refuse an action. ``code`` is stable; ``text`` is for people."""

    code: str
    text: str
    overridable: bool = True
    #: What ``text`` speaks of (names, dates, counts, cents), so a desk can say it in its language.
    values: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Refused(LibraryError):
    """The library's rules refuse the action, for one or more reasons."""

    action: str
    reasons: list[Reason] = field(default_factory=list)
    code = "refused"

    def __post_init__(self) -> None:
        super().__init__("; ".join(r.text for r in self.reasons) or f"{self.action} refused")

    @property
    def overridable(self) -> bool:
        return bool(self.reasons) and all(r.overridable for r in self.reasons)

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    def __str__(self) -> str:
        return self.message
