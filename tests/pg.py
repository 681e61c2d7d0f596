"""A private PostgreSQL cluster for the test run: ``initdb`` + ``pg_ctl`` in a temporary
folder, listening only on 127.0.0.1 on a free port, stopped and removed at the end.

Never assumes a running server. Running as root, the cluster is created and run as the
``postgres`` system user (initdb refuses root) with the folder handed to that user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(Exception):
    """PostgreSQL is not installed or the cluster would not start (the reason says which)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pg_bin_dir() -> Path:
    """The newest Debian PostgreSQL binaries folder, or ``PG_BIN`` if set."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        on_path = shutil.which("initdb")
        if on_path:
            return Path(on_path).parent
        raise PostgresUnavailable("PostgreSQL is not installed (apt-get install postgresql)")
    return Path(found[-1]).parent


@dataclass
class PgCluster:
    root: Path
    port: int
    bin_dir: Path
    user: str | None  # the system user running the cluster when we are root

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _cmd(self, *args: str) -> list[str]:
        if self.user:
            return ["runuser", "-u", self.user, "--", *args]
        return list(args)

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if proc.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(args[:2])} failed: {proc.stderr.strip() or proc.stdout.strip()}")
        return proc

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", timeout=120)
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", opts, "-w", "-t", "60", "start", timeout=90)

    def createdb(self, name: str) -> str:
        """Create database ``name`` and return its SQLAlchemy URL (psycopg 3)."""
        self._run(str(self.bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return self.url(name)

    def dropdb(self, name: str) -> None:
        self._run(str(self.bin_dir / "dropdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  "--force", name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run(self._cmd(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                     "stop"), capture_output=True, timeout=60, cwd=self.root)
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> PgCluster:
    """Start a fresh private cluster. Raises ``PostgresUnavailable`` with the reason."""
    bin_dir = pg_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="library-desk-pg-"))
    user = None
    if os.geteuid() == 0:
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise PostgresUnavailable("running as root and there is no 'postgres' user to run the cluster") from exc
        os.chown(root, entry.pw_uid, entry.pw_gid)
        os.chmod(root, 0o700)
        user = "postgres"
    cluster = PgCluster(root=root, port=free_port(), bin_dir=bin_dir, user=user)
    try:
        cluster.start()
    except (PostgresUnavailable, subprocess.TimeoutExpired):
        log = root / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        cluster.stop()
        raise PostgresUnavailable(f"the PostgreSQL test cluster did not start. {detail}") from None
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", cluster.port), timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    return cluster
