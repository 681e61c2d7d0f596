"""The words and colour of the sync status (the status bar and the Settings panel both say it)."""

from __future__ import annotations

from datetime import datetime

from ..common.theme import ATTENTION, REFUSED
from .controller import SyncSnapshot


def when(moment: datetime | None, now: datetime | None = None) -> str:
    """'10:42' today, '3 Mar 10:42' another day, 'never' for None (local time)."""
    if moment is None:
        return "never"
    local, today = moment.astimezone(), (now or datetime.now().astimezone()).date()
    return local.strftime("%H:%M") if local.date() == today else f"{local.day} {local.strftime('%b %H:%M')}"


def status_text(snap: SyncSnapshot) -> tuple[str, str]:
    """(status-bar text, tooltip) for a snapshot."""
    if snap.state == "not set up" or not snap.configured and snap.state == "starting":
        return "Sync: not set up", "An admin sets up sync in Settings"
    pending = f"{snap.pending} pending"
    last = f"last sync {when(snap.last_sync_at)}"
    parts = {
        "starting": ["Sync: starting", pending],
        "syncing": [f"Sync: syncing{' — ' + snap.progress if snap.progress else '…'}", pending],
        "up to date": [f"Sync: up to date ({when(snap.last_sync_at)})", pending],
        "offline": ["Sync: offline", pending, last],
        "login needed": ["Sync: login needed (click)", pending, last],
        "cancelled": ["Sync: stopped", pending, last],
    }.get(snap.state, ["Sync: error", pending, last])
    if snap.exceptions:
        parts.append(f"{snap.exceptions} exception{'s' if snap.exceptions != 1 else ''} waiting")
    tip = snap.message or f"Server {snap.server_url or '?'}, desk {snap.desk_name or '?'} ({snap.desk_code or '?'})"
    if snap.exceptions:
        tip += "\nClick to see the sync exceptions"
    return " · ".join(parts), tip


def status_kind(snap: SyncSnapshot) -> str | None:
    """The theme colour of the status text: refused for errors, attention when a person is needed."""
    if snap.state == "error":
        return REFUSED
    if snap.state in ("offline", "login needed") or snap.exceptions:
        return ATTENTION
    return None
