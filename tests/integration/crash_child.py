"""Child process of test_crash.py: lends and returns copies through the services, as fast as
it can, until it is killed with SIGKILL.

Usage: ``python crash_child.py DATA_DIR``. Starting Python and importing the program costs
seconds on a busy machine, so this process imports once and then forks one worker per round:

- it prints ``loaded``;
- for every line ``SEED`` read on stdin it forks a worker, which opens the library, prints
  ``ready PID`` and loops forever printing one line per committed action (``out BARCODE``,
  ``in BARCODE``); when the worker dies this process prints ``dead PID SIGNAL``;
- an empty line or end of input ends it.

The worker opens its own engine after the fork; this process never touches the database.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sqlalchemy import text

from desktop_app.config import Paths
from desktop_app.domain.errors import Refused
from desktop_app.services import Services, open_library
from desktop_app.services.people.accounts import staff_actor


def work(data_dir: Path, rng: random.Random) -> None:
    """Lend and return forever (until killed)."""
    svc = Services(open_library(Paths(data_dir)))
    desk = staff_actor(svc.accounts.get_staff("dirk"), desk="crash-desk")
    with svc.library.read() as s:
        barcodes = list(s.scalars(text("SELECT barcode FROM copies ORDER BY id")))
        cards = list(s.scalars(text("SELECT card_number FROM members ORDER BY id")))
    print("ready", os.getpid(), flush=True)
    while True:
        code = rng.choice(barcodes)
        found = svc.search.copy_by_barcode(code)
        if found is not None and found[2] == "available":
            try:
                svc.circulation.checkout(desk, rng.choice(cards), code)
            except Refused:
                continue
            print("out", code, flush=True)
        else:
            svc.circulation.checkin(desk, code)
            print("in", code, flush=True)


def main(data_dir: str) -> None:
    print("loaded", flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        pid = os.fork()
        if pid == 0:
            try:
                work(Path(data_dir), random.Random(int(line)))
            finally:
                os._exit(1)  # only reached if the worker failed; the parent sees no SIGKILL
        _, status = os.waitpid(pid, 0)
        signal_number = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        print("dead", pid, signal_number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
