"""Starting the server: refused configurations, the first admin of a new database, a
database newer than the program, CORS only for configured origins."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from server_env import ROOT, SECRET, settings_for
from sqlalchemy import text

from desktop_app.db import migrate
from desktop_app.server.app import create_app, open_database
from desktop_app.server.run import NotInitialised, ensure_initialised
from desktop_app.server.settings import ConfigError, ServerSettings, from_env
from desktop_app.services import Services


@pytest.mark.parametrize("secret, words", [
    ("", "not set"),
    ("changeme", "default"),
    ("a" * 64, "trivial"),
    ("short-but-random-9f8e7d", "too short"),
])
def test_bad_secrets_are_refused(tmp_path, secret, words):
    with pytest.raises(ConfigError, match=words):
        ServerSettings(database_url=f"sqlite:///{tmp_path}/x.sqlite3", jwt_secret=secret).check()


def test_other_settings_are_checked(tmp_path):
    url = f"sqlite:///{tmp_path}/x.sqlite3"
    with pytest.raises(ConfigError, match="Unsupported database"):
        settings_for("mysql://x").check()
    with pytest.raises(ConfigError, match="at most one hour"):
        settings_for(url, access_ttl_s=7200).check()
    with pytest.raises(ConfigError, match="'\\*' is not allowed"):
        settings_for(url, cors_origins=("*",)).check()
    with pytest.raises(ConfigError, match="whole number"):
        from_env({"LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_ACCESS_TTL": "soon"}, database_url=url)
    env = {"LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_CORS_ORIGINS": "https://a.example, https://b.example"}
    assert from_env(env, database_url=url).cors_origins == ("https://a.example", "https://b.example")
    assert SECRET not in repr(from_env(env, database_url=url))  # never in logs or tracebacks


def test_first_admin_from_the_environment(tmp_path):
    svc = Services(open_database(f"sqlite:///{tmp_path}/new.sqlite3"))
    try:
        with pytest.raises(NotInitialised, match="LIBRARY_DESK_ADMIN_PASSWORD"):
            ensure_initialised(svc, {})
        assert ensure_initialised(svc, {"LIBRARY_DESK_ADMIN_PASSWORD": "first admin pw",
                                        "LIBRARY_DESK_ADMIN_USERNAME": "boss"}) is True
        assert svc.accounts.login("boss", "first admin pw").role == "admin"
        assert ensure_initialised(svc, {"LIBRARY_DESK_ADMIN_PASSWORD": "ignored now"}) is False
    finally:
        svc.close()


def _serve(url, env_extra):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **env_extra}
    return subprocess.run([sys.executable, "-m", "desktop_app.server.run", "--port", "1", "--database-url", url],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


def test_serve_refuses_without_secret_and_on_a_newer_database(tmp_path):
    url = f"sqlite:///{tmp_path}/lib.sqlite3"
    proc = _serve(url, {})
    assert proc.returncode == 2 and "LIBRARY_DESK_JWT_SECRET is not set" in proc.stderr
    proc = _serve(url, {"LIBRARY_DESK_JWT_SECRET": SECRET})
    assert proc.returncode == 2 and "no staff accounts" in proc.stderr
    lib = open_database(url)
    with lib.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    lib.close()
    proc = _serve(url, {"LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_ADMIN_PASSWORD": "first admin pw"})
    assert proc.returncode == 2 and "newer version of Library Desk" in proc.stderr
    assert migrate.head_revision() != "9999_future"


def test_cors_only_for_configured_origins(sqlite_template, tmp_path):
    import shutil
    target = tmp_path / "c.sqlite3"
    shutil.copy2(sqlite_template, target)
    settings = settings_for(f"sqlite:///{target}", cors_origins=("https://opac.example",))
    with TestClient(create_app(settings)) as client:
        ok = client.options("/books", headers={"Origin": "https://opac.example",
                                               "Access-Control-Request-Method": "GET"})
        assert ok.headers["access-control-allow-origin"] == "https://opac.example"
        other = client.get("/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
