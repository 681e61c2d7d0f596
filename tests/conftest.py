"""Shared fixtures: a real SQLite library migrated by Alembic, built once per session and
copied per test; services wired as the program wires them; the first admin."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from desktop_app.config import Paths
from desktop_app.services import Actor, Services, open_library

ADMIN_PASSWORD = "correct horse"


@pytest.fixture(scope="session")
def template_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, initialised library with one admin; copied by ``library_paths``."""
    folder = tmp_path_factory.mktemp("template")
    lib = open_library(Paths(folder))
    Services(lib).setup.initialise(library_name="Test Library", admin_username="admin", admin_name="Ada Admin",
                                   admin_password=ADMIN_PASSWORD)
    lib.close()
    return folder


@pytest.fixture
def library_paths(template_library: Path, tmp_path: Path) -> Paths:
    target = tmp_path / "library"
    shutil.copytree(template_library, target)
    return Paths(target)


@pytest.fixture
def services(library_paths: Paths) -> Iterator[Services]:
    svc = Services(open_library(library_paths))
    yield svc
    svc.close()


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.login("admin", ADMIN_PASSWORD)


def pytest_configure(config: pytest.Config) -> None:
    from faults import start  # tests/ is on sys.path (rootdir conftest)

    start(config)


def pytest_runtest_setup(item: pytest.Item) -> None:
    from faults import note

    note(item)


def pytest_runtest_teardown(item: pytest.Item) -> None:
    from faults import done

    done(item)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from faults import report

    report(terminalreporter)
