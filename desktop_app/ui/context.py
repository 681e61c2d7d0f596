"""What every window and tab of the staff program shares: the services, who is logged in,
the one background worker, local settings, paths, and a signal hub so tabs refresh each other.

Contract for tabs: ``SomeTab(ctx: UiContext, parent: QWidget | None = None)``. A tab runs every
service call through ``ctx.worker.submit(...)`` with ``ctx.actor``; after it changes data it
calls ``ctx.events.data_changed.emit("loans" | "catalog" | "members" | "holds" | "fees" |
"settings")`` and listens to the same signal to refresh itself. ``ctx.events.status_message``
shows a short message in the main window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..config import LocalSettings, Paths
from ..services import Actor, Services
from .worker import Worker

#: Names used with ``UiEvents.data_changed``.
TOPICS = ("loans", "catalog", "members", "holds", "fees", "settings")


class UiEvents(QObject):
    """Signal hub shared by the main window and its tabs."""

    data_changed = Signal(str)
    status_message = Signal(str)


@dataclass
class UiContext:
    """Everything a staff window or tab needs; built once per login."""

    services: Services
    actor: Actor
    worker: Worker
    settings: LocalSettings
    paths: Paths
    events: UiEvents = field(default_factory=UiEvents)
    #: Closes the library, restores the chosen backup and reopens (set by the app; None in a bare tab).
    restorer: Callable[[Path], object] | None = None

    def user_key(self, name: str) -> str:
        """A LocalSettings key for ``name`` scoped to the logged-in person (layouts per user)."""
        return f"ui.{self.actor.username}.{name}"
