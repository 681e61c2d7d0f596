"""The one place the GUI shows errors. Library errors (refusals, bad input) are shown as
the clerk-readable message; anything else as an unexpected problem with where the log is."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import LibraryError
from .i18n import N_, tr

log = logging.getLogger(__name__)

#: The title of the error box, by ``LibraryError.code``.
TITLES = {
    "refused": N_("Not allowed"),
    "invalid_input": N_("Please check"),
    "not_found": N_("Not found"),
    "conflict": N_("Conflict"),
    "permission_denied": N_("Not permitted"),
}


def error_text(error: BaseException) -> tuple[str, str]:
    """(title, message) for an error, in words a desk clerk understands."""
    if isinstance(error, LibraryError):
        return tr(TITLES.get(error.code, N_("Library Desk"))), error.message
    return tr("Something went wrong"), tr(
        "An unexpected problem stopped this action: {error}.\n"
        "Nothing that was already saved has been lost. The details are in the log (Help > Show log)."
    ).format(error=error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title, message = error_text(error)
    if not isinstance(error, LibraryError):
        log.error("unexpected error: %s", getattr(error, "__traceback_text__", repr(error)))
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open() if parent is not None else box.exec()
