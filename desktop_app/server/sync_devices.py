"""Registering desks: each gets a client id and a two-digit desk code of its own (01-99; 00
stays the code of a library without a server), which goes into the barcodes and card
numbers it generates, so two desks working offline never make the same one."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from ..db.sync_models import SyncDevice
from ..domain.errors import Conflict, InvalidInput
from ..domain.values import Role
from ..services import Actor, Library, require
from .sync_feed import lock_counter


def register(lib: Library, actor: Actor, *, desk_name: str, start_seq: int = 0,
             replaces: str | None = None) -> dict[str, Any]:
    """A new device row. ``start_seq`` is the last journal seq the desk considers sent (a
    copied or restored database continues from its own journal); ``replaces`` names the
    client id the database had before it was copied or restored."""
    require(actor, Role.DESK, "register a desk")
    name = " ".join((desk_name or "").split())
    if not name or len(name) > 100:
        raise InvalidInput("A desk needs a name of 1 to 100 characters", field="desk_name")
    if start_seq < 0:
        raise InvalidInput("start_seq cannot be negative", field="start_seq")
    with lib.write() as s:
        lock_counter(s)
        used = set(s.scalars(select(SyncDevice.desk_code)))
        free = [f"{n:02d}" for n in range(1, 100) if f"{n:02d}" not in used]
        if not free:
            raise Conflict("All 99 desk codes are in use; retire a desk first")
        device = SyncDevice(client_id=str(uuid.uuid4()), username=actor.username, desk_name=name, desk_code=free[0],
                            last_seq=start_seq, registered_at=lib.now(), last_seen_at=lib.now(), replaces=replaces)
        s.add(device)
        lib.audit(s, actor, "desk_register", "sync_device", device.client_id, desk=name, code=device.desk_code,
                  replaces=replaces)
        return {"client_id": device.client_id, "desk_code": device.desk_code, "desk_name": name,
                "last_seq": start_seq}


def listing(lib: Library, actor: Actor) -> list[dict[str, Any]]:
    require(actor, Role.LIBRARIAN, "list desks")
    with lib.read() as s:
        return [{"client_id": d.client_id, "desk_name": d.desk_name, "desk_code": d.desk_code,
                 "last_seq": d.last_seq, "username": d.username,
                 "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None}
                for d in s.scalars(select(SyncDevice).order_by(SyncDevice.desk_code))]
