"""Settings declared once: the library's table (defaults, checks), the workstation's keys
(types and defaults in the JSON file) and the server's (environment names derived)."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from desktop_app.config import (
    BACKUP_KEEP_DAYS,
    DESK_SOUND,
    LAST_USERNAME,
    LOCAL_SETTINGS,
    WINDOW_GEOMETRY,
    LocalSettings,
    table_layout,
)
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.settings import LIBRARY_SETTINGS
from desktop_app.server.settings import ConfigError, ServerSettings, env_name, environment_help, from_env


def test_every_library_setting_has_a_valid_default() -> None:
    for key, spec in LIBRARY_SETTINGS.items():
        assert spec.key == key and spec.label
        assert spec.check(spec.default) == spec.default, key
    assert LIBRARY_SETTINGS.defaults()["pickup_days"] == 7
    LIBRARY_SETTINGS.defaults()["closed_weekdays"].append(0)  # a copy: the table is not changed
    assert LIBRARY_SETTINGS.default("closed_weekdays") == [6]


@pytest.mark.parametrize(("key", "value", "says"), [
    ("library_name", "   ", "cannot be empty"),
    ("library_name", "x" * 201, "too long"),
    ("library_name", 12, "must be text"),
    ("pickup_days", 0, "between 1 and 60"),
    ("pickup_days", True, "whole number"),
    ("pickup_days", "7", "whole number"),
    ("fines_enabled", "yes", "true or false"),
    ("closed_weekdays", [0, 7], r"0 \(Monday\) to 6 \(Sunday\)"),
    ("closed_weekdays", list(range(7)), "every day of the week"),
    ("desk_code", "A1", "two digits"),
    ("nonsense", 1, "Unknown setting"),
])
def test_bad_values_are_refused_with_the_setting_named(key: str, value: object, says: str) -> None:
    with pytest.raises(InvalidInput, match=says) as caught:
        LIBRARY_SETTINGS.check({key: value})
    assert caught.value.field == key


def test_values_are_stored_tidy() -> None:
    assert LIBRARY_SETTINGS.check({"library_name": "  Hill Library ", "closed_weekdays": [6, 0, 6]}) == \
        {"library_name": "Hill Library", "closed_weekdays": [0, 6]}
    assert "desk_name" not in LIBRARY_SETTINGS.shared_keys() and "desk_code" not in LIBRARY_SETTINGS.shared_keys()
    assert "pickup_days" in LIBRARY_SETTINGS.shared_keys()


def test_workstation_settings_have_types_and_defaults(tmp_path) -> None:
    path = tmp_path / "settings.json"
    local = LocalSettings(path)
    assert [local.get(k) for k in (LAST_USERNAME, DESK_SOUND, BACKUP_KEEP_DAYS)] == ["", True, 30]
    local.set(DESK_SOUND, False)
    local.set(WINDOW_GEOMETRY, "abc", "ada")
    local.set(table_layout("loans"), "xyz", "ada")
    assert LocalSettings(path).get(DESK_SOUND) is False
    assert LocalSettings(path).get(WINDOW_GEOMETRY, "ada") == "abc"
    assert LocalSettings(path).get(WINDOW_GEOMETRY, "bo") is None
    assert json.loads(path.read_text())["ui.ada.loans.columns"] == "xyz"
    with pytest.raises(TypeError):
        local.set(BACKUP_KEEP_DAYS, "thirty")  # type: ignore[arg-type]  # the wrong type on purpose
    with pytest.raises(ValueError, match="per user"):
        local.get(WINDOW_GEOMETRY)
    # A file edited by hand: values of the wrong type read as the default.
    path.write_text(json.dumps({"desk.sound": "loud", "backup_keep_days": True, "last_username": 5}))
    again = LocalSettings(path)
    assert [again.get(k) for k in (DESK_SOUND, BACKUP_KEEP_DAYS, LAST_USERNAME)] == [True, 30, ""]
    assert len({k.name for k in LOCAL_SETTINGS}) == len(LOCAL_SETTINGS)


SECRET = "Zq8v2Lr0xN4pW7eB1kT9yH3mC6uJ5sD2"


def test_server_environment_names_are_derived_and_every_setting_is_read() -> None:
    assert env_name("access_ttl_s") == "LIBRARY_DESK_ACCESS_TTL"
    assert env_name("login_limit") == "LIBRARY_DESK_LOGIN_LIMIT"
    env = {"LIBRARY_DESK_JWT_SECRET": SECRET}
    for f in fields(ServerSettings):
        if f.type == "int":
            env[env_name(f.name)] = str(f.default + 7)
    env[env_name("cors_origins")] = "https://a.example, https://b.example"
    env[env_name("jwt_issuer")] = "branch-north"
    settings = from_env(env, database_url="sqlite:///x.sqlite3")
    for f in fields(ServerSettings):
        if f.type == "int":
            assert getattr(settings, f.name) == f.default + 7, f.name
        assert env_name(f.name) in environment_help()
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.jwt_issuer == "branch-north" and settings.database_url == "sqlite:///x.sqlite3"
    defaults = from_env({"LIBRARY_DESK_JWT_SECRET": SECRET, "LIBRARY_DESK_LOGIN_LIMIT": " "}, database_url="sqlite:///x")
    assert defaults.login_limit == 10 and defaults.access_ttl_s == 300
    with pytest.raises(ConfigError, match="LIBRARY_DESK_PAGE_SIZE_MAX must be a whole number"):
        from_env({"LIBRARY_DESK_PAGE_SIZE_MAX": "many"}, database_url="sqlite:///x")
