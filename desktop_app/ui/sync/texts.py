"""The words and colour of the sync status (the status bar and the Settings panel both say it)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime

from ..common.i18n import number_text, tr, when_text
from ..common.theme import ATTENTION, REFUSED
from .controller import SyncSnapshot


def when(moment: datetime | None, now: datetime | None = None) -> str:
    """'10:42' today, '3 Mar 2026 10:42' another day, 'never' for None (local time)."""
    if moment is None:
        return tr("never")
    local, today = moment.astimezone(), (now or datetime.now().astimezone()).date()
    if local.date() == today:
        return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    return when_text(local)


def _state(snap: SyncSnapshot) -> str:
    """The state in a few words, without "Sync:" in front."""
    if snap.state == "syncing":
        return tr("syncing — {progress}").format(progress=snap.progress) if snap.progress else tr("syncing…")
    if snap.state == "up to date":
        return tr("up to date ({when})").format(when=when(snap.last_sync_at))
    if snap.state == "starting":
        return tr("starting")
    if snap.state == "offline":
        return tr("offline")
    if snap.state == "login needed":
        return tr("login needed (click)")
    if snap.state == "cancelled":
        return tr("stopped")
    return tr("error")


def status_parts(snap: SyncSnapshot) -> list[str]:
    """The facts of the status, the state first ("up to date (10:42)", "0 pending", ...)."""
    if snap.state == "not set up" or not snap.configured and snap.state == "starting":
        return [tr("not set up")]
    parts = [_state(snap), tr("{count} pending").format(count=number_text(snap.pending))]
    if snap.state not in ("starting", "syncing", "up to date"):
        parts.append(tr("last sync {when}").format(when=when(snap.last_sync_at)))
    if snap.exceptions:
        count = number_text(snap.exceptions)
        parts.append(tr("{count} exception waiting").format(count=count) if snap.exceptions == 1
                     else tr("{count} exceptions waiting").format(count=count))
    return parts


def status_text(snap: SyncSnapshot) -> tuple[str, str]:
    """(status-bar text, tooltip) for a snapshot."""
    state, *rest = status_parts(snap)
    text = " · ".join([tr("Sync: {state}").format(state=state), *rest])
    if snap.state == "not set up" or not snap.configured and snap.state == "starting":
        return text, tr("An admin sets up sync in Settings")
    tip = snap.message or tr("Server {server}, desk {desk} ({code})").format(
        server=snap.server_url or "?", desk=snap.desk_name or "?", code=snap.desk_code or "?")
    if snap.exceptions:
        tip += "\n" + tr("Click to see the sync exceptions")
    return text, tip


def status_kind(snap: SyncSnapshot) -> str | None:
    """The theme colour of the status text: refused for errors, attention when a person is needed."""
    if snap.state == "error":
        return REFUSED
    if snap.state in ("offline", "login needed") or snap.exceptions:
        return ATTENTION
    return None
