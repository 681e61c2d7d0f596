"""All tables, importable from one place."""

from .base import Base, Replicated
from .catalog_models import Author, Book, BookAuthor, Copy
from .circulation_models import Fee, Hold, Loan
from .notice_models import Notice, NoticeItem, ScheduledRun
from .people_models import Member, MemberCategory, StaffUser
from .record_models import BookCover, BookMarc, LookupRequest, Stocktake, StocktakeScan
from .server_models import AuthSession, LoginFailure, RateBucket, RefreshToken
from .sync_models import (
    SyncAppliedOp,
    SyncCounter,
    SyncDevice,
    SyncException,
    SyncFeed,
    SyncOrphanReturn,
    SyncRowVersion,
)
from .system_models import AuditEvent, ClosedDay, Counter, JournalEntry, Setting, SyncState, Tombstone

__all__ = [
    "AuditEvent", "Author", "Base", "Book", "BookAuthor", "BookCover", "BookMarc", "LookupRequest",
    "Stocktake", "StocktakeScan", "ClosedDay", "Copy", "Counter", "Fee", "Hold",
    "JournalEntry", "Loan", "LoginFailure", "Member", "MemberCategory", "Notice", "NoticeItem", "Replicated",
    "ScheduledRun",
    "Setting", "StaffUser",
    "SyncState", "Tombstone",
    "AuthSession", "RateBucket", "RefreshToken",
    "SyncAppliedOp", "SyncCounter", "SyncDevice", "SyncException", "SyncFeed", "SyncOrphanReturn", "SyncRowVersion",
]
