"""What every window and tab of the staff program shares: the services, who is logged in,
the one background worker, local settings, paths, and a signal hub so tabs refresh each other.

Contract for tabs: ``SomeTab(ctx: UiContext, parent: QWidget | None = None)``. A tab runs every
service call through ``ctx.worker.submit(...)`` with ``ctx.actor``. It never announces what it
changed: the core does (``services.changes``): after every committed write, wherever it came
from (this window, a sync pull, the worker of another tab), ``ctx.events.changed`` carries the
``Changes`` to every tab in the GUI thread, and each refreshes for the kinds it shows.
``ctx.events.status_message`` shows a short message in the main window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...config import LocalSettings, Paths
from ...services import Actor, Services
from ...services.changes import Changes
from .i18n import set_currency
from .worker import Worker


def apply_currency(services: Services) -> None:
    """Show money in the library's currency (its ``currency`` setting; empty: the locale's)."""
    set_currency(str(services.setup.settings().get("currency") or ""))


class UiEvents(QObject):
    """Signal hub shared by the main window and its tabs. ``changed(Changes)`` is emitted from
    whichever thread committed; Qt queues it to the GUI thread, where the tabs live."""

    changed = Signal(object)
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

    def __post_init__(self) -> None:
        apply_currency(self.services)
        self._unsubscribe = self.services.subscribe(self._heard)

    def _heard(self, changes: Changes) -> None:
        if changes.touches("settings"):  # before any tab repaints an amount
            apply_currency(self.services)
        self.events.changed.emit(changes)

    def close(self) -> None:
        """Stop hearing of the library's changes (at logout; the windows are going)."""
        self._unsubscribe()
