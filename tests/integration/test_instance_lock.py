"""One program per library: a second process on the same data folder is refused while the
first holds the lock, and gets in as soon as the first ends, even if it was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.config import Paths
from desktop_app.db.instance_lock import LibraryAlreadyOpen, acquire

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop_app.config import Paths
    from desktop_app.db.instance_lock import acquire
    handle = acquire(Paths(Path(sys.argv[1])), purpose="the desk window")
    print("locked", flush=True)
    sys.stdin.readline()  # hold until told (or killed)
    handle.release()
    print("released", flush=True)
""")

TRY = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop_app.config import Paths
    from desktop_app.db.instance_lock import LibraryAlreadyOpen, acquire
    try:
        acquire(Paths(Path(sys.argv[1])), purpose="library-desk import").release()
    except LibraryAlreadyOpen as exc:
        print(exc.message)
        sys.exit(1)
    print("got it")
""")


def _holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def _try(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", TRY, str(folder)], capture_output=True, text=True, timeout=60)


def test_second_process_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    try:
        second = _try(tmp_path)
        assert second.returncode == 1
        assert "already open" in second.stdout and "the desk window" in second.stdout
        assert f"process {holder.pid}" in second.stdout
        with pytest.raises(LibraryAlreadyOpen):
            acquire(Paths(tmp_path))
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        assert _try(tmp_path).stdout.strip() == "got it"
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_program_leaves_no_stale_lock(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with acquire(Paths(tmp_path)) as handle:
        assert handle.held
    assert not handle.held


def test_lock_is_per_library_folder(tmp_path: Path) -> None:
    with acquire(Paths(tmp_path / "a")), acquire(Paths(tmp_path / "b")):
        pass
