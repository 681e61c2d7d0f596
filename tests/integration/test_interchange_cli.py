"""`library-desk import / export / labels / cards` on a real library: exit codes 0, 1 (bad
file: the message names the file, the record and the problem; the library unchanged) and 2
(usage), the progress bar on a terminal and the final line otherwise. One real process run
proves the wiring of the entry point."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import run
from desktop_app.config import Paths

DATA = Path(__file__).resolve().parents[1] / "data" / "marc"


def titles(paths: Paths) -> int:
    con = sqlite3.connect(paths.database)
    try:
        return int(con.execute("SELECT count(*) FROM books").fetchone()[0])
    finally:
        con.close()


def cli(paths: Paths, *args: str) -> int:
    return run(["--data-dir", str(paths.data_dir), "--as", "lena", *args])


def test_import_ok_bad_and_keep_good(library_paths: Paths, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(library_paths, "import", str(DATA / "marc.dat")) == 0
    out, err = capsys.readouterr()
    assert "Imported: marc.dat (books): 20 new" in out and "read 20 records" in err
    assert titles(library_paths) == 20
    assert cli(library_paths, "import", str(DATA / "bad_records.mrc")) == 1
    out, err = capsys.readouterr()
    assert "library-desk: 6 record(s) could not be imported" in err
    assert "bad_records.mrc, record 2: the base address in the leader" in err
    assert titles(library_paths) == 20
    report = tmp_path / "bad.csv"
    assert cli(library_paths, "import", str(DATA / "bad_records.mrc"), "--keep-good", "--report", str(report)) == 0
    # records 1 and 8 are the same title without ISBN (found again on its key): one more title
    assert titles(library_paths) == 21 and len(report.read_text(encoding="utf-8-sig").splitlines()) == 7
    assert cli(library_paths, "import", str(DATA / "marc.dat"), "--dry-run", "--update") == 0
    out, _ = capsys.readouterr()
    assert "Dry run (nothing was changed)" in out and "would be 0 new, 20 updated" in out


def test_usage_errors_exit_2(library_paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DATA / "marc.dat")
    assert cli(library_paths, "import", path, "--keep-good") == 2
    assert "--keep-good needs --report" in capsys.readouterr().err
    assert cli(library_paths, "import", path, "--map", "title") == 2
    assert cli(library_paths, "import", path, "--format", "csv-books", "--map", "colour=Farbe") == 2
    assert "unknown field 'colour'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        cli(library_paths, "import", path, "--update", "--skip-duplicates")
    assert stop.value.code == 2
    with pytest.raises(SystemExit):
        cli(library_paths, "labels", str(tmp_path / "l.pdf"))  # no way of choosing copies
    assert cli(library_paths, "labels", str(tmp_path / "l.pdf"), "--range", "1-2-3") == 2
    assert cli(library_paths, "labels", str(tmp_path / "l.pdf"), "--copies", "X", "--since", "2026-01-01") == 2
    assert cli(library_paths, "import", str(tmp_path / "missing.mrc")) == 1
    assert "There is no file" in capsys.readouterr().err


def test_progress_bar_on_a_terminal(library_paths: Paths, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli(library_paths, "import", str(DATA / "test.dat")) == 0
    err = capsys.readouterr().err
    assert "\r[" in err and "100% 10 records" in err


def test_export_labels_and_cards(library_paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "books.csv"
    csv.write_text("Title,Author,Barcode\nDune,\"Herbert, Frank\",L-1;L-2\nEmma,\"Austen, Jane\",L-3\n",
                   encoding="utf-8")
    assert cli(library_paths, "import", str(csv)) == 0
    for kind in ("books", "copies", "marcxml"):
        assert cli(library_paths, "export", kind, str(tmp_path / f"out.{kind}")) == 0
    assert "exported 2 titles" in capsys.readouterr().out
    assert (tmp_path / "out.copies").read_text(encoding="utf-8-sig").count("L-") == 3
    assert cli(library_paths, "labels", str(tmp_path / "a.pdf"), "--range", "L-1..L-2", "--skip", "2") == 0
    assert "2 labels on 1 page(s)" in capsys.readouterr().out
    assert cli(library_paths, "labels", str(tmp_path / "b.pdf"), "--new", "--sheet", "Letter-3x10") == 0
    assert "3 labels" in capsys.readouterr().out
    assert cli(library_paths, "labels", str(tmp_path / "c.pdf"), "--copies", "NOPE") == 1
    assert "No copy has the barcode NOPE" in capsys.readouterr().err
    members = tmp_path / "members.csv"
    members.write_text("First name,Last name,Card number\nAna,Ruiz,M-1\nBob,Stone,M-2\n", encoding="utf-8")
    assert cli(library_paths, "import", str(members)) == 0
    assert cli(library_paths, "cards", str(tmp_path / "cards.pdf"), "--all") == 0
    assert "2 member cards on 1 page(s)" in capsys.readouterr().out
    assert cli(library_paths, "cards", str(tmp_path / "cards.pdf"), "--category", "nobody") == 1


def test_real_process(library_paths: Paths, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(library_paths.data_dir),
                           "import", str(DATA / "utf8.xml"), "--dry-run"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Dry run (nothing was changed): utf8.xml (books): would be 1 new" in done.stdout
    assert titles(library_paths) == 0
