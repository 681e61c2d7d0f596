"""The translations are complete and load: every text the desk shows has a finished German,
French and Spanish translation that keeps its {fields}, the .qm files build, and the desk
installs them (Qt's standard buttons and the locale of dates and money included)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui.common import i18n

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_script"] = module
    spec.loader.exec_module(module)
    return module


script = _script()


@pytest.mark.parametrize("language", script.TARGETS)
def test_every_text_has_a_finished_translation(language: str) -> None:
    problems = script.problems(language)
    assert problems == [], f"{len(problems)} texts lack a {language} translation, e.g. {problems[:5]}"


def test_the_collector_finds_marked_texts_and_only_those(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        'from x import N_, tr\nA = N_("Due date")\nlabel = tr("Lent, due {due}").format(due=1)\n'
        'log.info("not for people")\nname = tr(variable)\n', encoding="utf-8")
    found = script.collect(tmp_path)
    assert set(found) == {"Due date", "Lent, due {due}"}
    assert found["Due date"] == [f"{(tmp_path / 'screen.py').as_posix()}:2"]


def test_a_translation_that_loses_a_field_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script, "TS_DIR", tmp_path)
    monkeypatch.setattr(script, "collect", lambda root=None: {"Lent, due {due}": ["x.py:1"], "Title": ["x.py:2"]})
    done = tmp_path / "done.json"
    done.write_text('{"Lent, due {due}": "Ausgeliehen", "Title": "Titel"}', encoding="utf-8")
    assert script.import_("de", done) == 1  # refused and named
    assert script.read_ts(script.ts_path("de"))["Title"] == ("Titel", True)
    assert script.read_ts(script.ts_path("de"))["Lent, due {due}"][1] is False
    assert any("Lent, due" in line for line in script.problems("de"))


@pytest.mark.parametrize(("language", "staff", "due"), [("de", "Mitarbeiter", "Dez."), ("fr", "Personnel", "déc."),
                                                         ("es", "Personal", "dic")])
def test_the_built_files_load_and_speak(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                        language: str, staff: str, due: str) -> None:
    assert script.build(tmp_path) == 0
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        assert i18n.install_language(language) == language
        assert i18n.tr("Staff") == staff
        assert due in i18n.day_text(date(2026, 12, 2))
        assert QLocale().language() == QLocale(language).language()
    finally:
        i18n.install_language("en")
    assert i18n.tr("Staff") == "Staff" and i18n.day_text(date(2026, 12, 2)) == "2 Dec 2026"


def test_a_missing_file_falls_back_to_english(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_language("de") == "en"
    assert i18n.install_language("xx") == "en"
    assert i18n.tr("Staff") == "Staff"
