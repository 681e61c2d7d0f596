"""Knowing when the desk database is not the file it was: a restored backup or a copy must
not go on using the client id (and seq numbers) of the original.

Two marks are kept. The database file's identity (device and inode numbers) is recorded in
``sync_state``: a copy is a different file. A generation number, raised after every sync, is
kept both in ``sync_state`` and in a small file beside the database (``sync-generation``): a
backup put back in place has an older generation than the file (and file systems may give the
restored file the inode number of the deleted one). When either mark does not match, the
client id is dropped and the desk registers again as a new client that *replaces* the old one.
Operations the copy still has pending carry their original ``op_id``s, so the server
recognises any it already applied.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from ..db.models import SyncState
from ..services import Library
from ..services.setup import ensure_sync_state


def file_identity(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_dev, st.st_ino]


def _generation_file(database: Path) -> Path:
    return database.with_name("sync-generation")


def _file_generation(database: Path) -> int:
    try:
        return int(_generation_file(database).read_text().strip() or 0)
    except (OSError, ValueError):
        return 0


def bump(lib: Library, database: Path) -> None:
    """Raise the generation after a sync: in the database first, then in the file."""
    with lib.write() as s:
        state = ensure_sync_state(s)
        details = dict(state.details or {})
        details["generation"] = max(int(details.get("generation") or 0), _file_generation(database)) + 1
        state.details = details
        value = details["generation"]
    tmp = _generation_file(database).with_suffix(".tmp")
    tmp.write_text(str(value))
    os.replace(tmp, _generation_file(database))


def check(lib: Library, database: Path) -> bool:
    """Compare the file with the marks on record; returns True when this database was
    copied or restored (its client id is then cleared, to be registered again)."""
    current = file_identity(database)
    on_disk = _file_generation(database)
    with lib.write() as s:
        state: SyncState = ensure_sync_state(s)
        details = dict(state.details or {})
        recorded = details.get("file_identity")
        changed = (recorded is not None and list(recorded) != current) or \
            int(details.get("generation") or 0) < on_disk
        details["file_identity"] = current
        details["generation"] = max(int(details.get("generation") or 0), on_disk)
        if changed:
            details["copied_from_database"] = state.database_id
            if state.client_id:
                details["replaces"] = state.client_id
            state.client_id = None
            state.database_id = str(uuid.uuid4())
        state.details = details
        return changed
