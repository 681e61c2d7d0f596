"""/settings: the library's shared settings over REST, read by staff, changed by admins,
checked by the same table the desk's Settings tab uses."""

from __future__ import annotations

from helpers import error
from server_seed import ANA

from desktop_app.domain.settings import LIBRARY_SETTINGS


def test_staff_read_the_shared_settings(api) -> None:
    for who in ("desky", "libby", "admin"):
        r = api.client.get("/settings", headers=api.token(who))
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body) == LIBRARY_SETTINGS.shared_keys()
        assert body["library_name"] == "Server Test Library" and body["pickup_days"] == 7
    error(api.client.get("/settings", headers=api.token(ANA[0])), 403, "permission_denied")
    error(api.client.get("/settings"), 401)


def test_admins_change_settings_and_bad_values_are_refused(api) -> None:
    change = {"pickup_days": 10, "closed_weekdays": [6, 0], "library_address": " 1 Mill Lane "}
    for who in ("desky", "libby"):
        error(api.client.patch("/settings", json=change, headers=api.token(who)), 403, "permission_denied")
    assert api.services.setup.settings()["pickup_days"] == 7
    r = api.client.patch("/settings", json=change, headers=api.token("admin"))
    assert r.status_code == 200, r.text
    assert r.json()["pickup_days"] == 10 and r.json()["closed_weekdays"] == [0, 6]
    assert r.json()["library_address"] == "1 Mill Lane" and r.json()["library_name"] == "Server Test Library"
    stored = api.services.setup.settings()
    assert stored["pickup_days"] == 10 and stored["closed_weekdays"] == [0, 6]
    for bad, field in (({"pickup_days": 0}, "pickup_days"), ({"pickup_days": "ten"}, "pickup_days"),
                       ({"library_name": ""}, "library_name"),
                       ({"closed_weekdays": [0, 1, 2, 3, 4, 5, 6]}, "closed_weekdays"),
                       ({"desk_name": "North"}, "desk_name"), ({"colour": "red"}, "colour")):
        err = error(api.client.patch("/settings", json=bad, headers=api.token("admin")), 422, "invalid_input")
        assert err["field"] == field, (bad, err)
    assert api.services.setup.settings()["pickup_days"] == 10  # nothing half-written
