"""`library-desk lookup` as a real process against real catalogues on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.config import Paths
from desktop_app.services import Actor, Services
from tests.lookupserver import catalogue_server, cover_jpeg, free_port, marcxml

DUNE = "9780441013593"


def cli(data_dir: Path, *args: str, as_user: str | None = None) -> subprocess.CompletedProcess[str]:
    who = ["--as", as_user] if as_user else []
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *who, "lookup", *args],
                          capture_output=True, text=True, timeout=120)


def test_lookup_prints_hits_and_adds_as_a_librarian(library_paths: Paths, services: Services, admin: Actor) -> None:
    folder = library_paths.data_dir
    with catalogue_server() as cat:
        services.setup.update_settings(admin, lookup_targets=cat.targets(), lookup_timeout=3)
        cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990, publisher="Ace Books"),
                         marcxml(DUNE, "Dune", author="Herbert, Frank", year=2005, publisher="Hodder")]
        cat.covers[DUNE] = cover_jpeg(400, 600)
        shown = cli(folder, "978-0-441-01359-3")
        assert shown.returncode == 0, shown.stderr
        lines = shown.stdout.splitlines()
        assert lines[0].split() == ["#", "Title", "Author", "Year", "Publisher", "Source"]
        assert "Ace Books" in lines[2] and "Hodder" in lines[3] and "Test SRU" in lines[3]

        refused = cli(folder, DUNE, "--add", as_user="dirk")  # a desk clerk may not add titles
        assert refused.returncode == 1 and "this needs a librarian account" in refused.stderr

        added = cli(folder, DUNE, "--add", "--choose", "2", "--copies", "2", as_user="lena")
        assert added.returncode == 0, added.stderr
        assert "Added 'Dune'" in added.stdout and "with its cover" in added.stdout
        again = cli(folder, DUNE, "--add", as_user="lena")
        assert again.returncode == 1 and "already has 'Dune'" in again.stderr

        before = len(cat.requests)
        only_sru = cli(folder, DUNE, "--target", cat.sru_url)  # this catalogue only, not the settings'
        assert only_sru.returncode == 0 and "127.0.0.1" in only_sru.stdout
        assert [p for p, _ in cat.requests[before:]] == ["/sru"]

        unknown = cli(folder, "9780261102217")
        assert unknown.returncode == 1 and "No catalogue asked knows ISBN 9780261102217" in unknown.stderr
    (match,) = services.browse.books_with_isbn(DUNE)
    book = match.book_id
    view = services.catalog.book(book)
    assert view.values["publisher"] == "Hodder" and len(view.copies) == 2
    assert services.lookup.cover(book) is not None


def test_offline_exit_3_and_queue(library_paths: Paths, services: Services, admin: Actor) -> None:
    folder = library_paths.data_dir
    port = free_port()
    services.setup.update_settings(admin, lookup_targets=f"sru http://127.0.0.1:{port}/sru bath.isbn Away",
                                   lookup_timeout=2)
    offline = cli(folder, DUNE)
    assert offline.returncode == 3 and "Away cannot be reached at 127.0.0.1" in offline.stderr
    queued = cli(folder, DUNE, "--queue", as_user="dirk")
    assert queued.returncode == 3 and f"ISBN {DUNE} is queued" in queued.stdout
    with catalogue_server(port) as cat:
        cat.sru[DUNE] = [marcxml(DUNE, "Dune", author="Herbert, Frank", year=1990)]
        listed = cli(folder, "--retry", as_user="dirk")
    assert listed.returncode == 0, listed.stderr
    assert "1 found" in listed.stdout and "Dune / Herbert, Frank" in listed.stdout


def test_usage_and_invalid_isbn(library_paths: Paths) -> None:
    folder = library_paths.data_dir
    bad = cli(folder, "978-0-441-01359-4")
    assert bad.returncode == 1 and "check digit" in bad.stderr
    assert cli(folder).returncode == 2
    assert cli(folder, DUNE, "--target", "ftp://x").returncode == 1
