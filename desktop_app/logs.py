"""Logging to rotating files in the installation's log folder (``Paths.logs``).

``setup_logging`` is called once by the entry point (GUI or command line). The log keeps
what happened and every unexpected error with its traceback; it never contains passwords
(services never log them; a filter also masks obvious ``password=...`` text as a second guard).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import Any

LOG_FILENAME = "library-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
#: The name our handlers carry, so a second set-up replaces them instead of adding more.
OURS = "library-desk"
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"
_SECRET = re.compile(r"(?i)\b(password|passwd|pin|token|secret)(\s*[=:]\s*)(\S+)")


class _MaskSecrets(logging.Filter):
    """Replace the value after ``password=`` and the like with asterisks."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}***", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def log_file(paths: Any) -> Path:
    """The current log file of the installation ``paths`` (a ``config.Paths``)."""
    return Path(paths.logs) / LOG_FILENAME


def is_ours(handler: logging.Handler) -> bool:
    """True for a handler ``setup_logging`` installed."""
    return handler.get_name() == OURS


def setup_logging(paths: object, *, verbose: bool = False) -> Path:
    """Send the program's log to a rotating file (1 MB x 5) in ``paths.logs`` and warnings to
    stderr (everything with ``verbose``). Idempotent: calling again replaces our handlers.
    Returns the log file's path. If the folder cannot be written, logs go to stderr only."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if is_ours(handler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    mask = _MaskSecrets()
    target = log_file(paths)
    handlers: list[logging.Handler] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
        file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        handlers.append(file_handler)
    except OSError as exc:
        print(f"Library Desk: cannot write the log in {target.parent}: {exc}", file=sys.stderr)
    if sys.stderr is not None:  # a windowed program on Windows has no stderr
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(console)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(mask)
        handler.set_name(OURS)
        root.addHandler(handler)
    for noisy in ("sqlalchemy.engine", "alembic.runtime.migration", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.WARNING)
    logging.captureWarnings(True)
    logging.getLogger(__name__).info("Library Desk started (log %s)", target)
    return target
