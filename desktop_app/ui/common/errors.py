"""The one place the GUI shows errors. Library errors (refusals, bad input) are shown as
the clerk-readable message; anything else as an unexpected problem with where the log is."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import LibraryError

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> tuple[str, str]:
    """(title, message) for an error, in words a desk clerk understands."""
    if isinstance(error, LibraryError):
        title = {
            "refused": "Not allowed",
            "invalid_input": "Please check",
            "not_found": "Not found",
            "conflict": "Conflict",
            "permission_denied": "Not permitted",
        }.get(error.code, "Library Desk")
        return title, error.message
    return "Something went wrong", (
        f"An unexpected problem stopped this action: {error}.\n"
        "Nothing that was already saved has been lost. The details are in the log (Help > Show log)."
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title, message = error_text(error)
    if not isinstance(error, LibraryError):
        log.error("unexpected error: %s", getattr(error, "__traceback_text__", repr(error)))
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open() if parent is not None else box.exec()
