"""Notices through the REST API, on SQLite and PostgreSQL, with a real mail server on 127.0.0.1:
a run (dry, then real, then nothing twice) as each role, the templates (librarians change them,
desk staff read them, members neither), and the log (a member sees only their own)."""

from __future__ import annotations

from typing import Any

from helpers import error
from mailserver import MailBox
from server_seed import ANA, BEN


def test_a_run_as_each_role_sends_once(mail_api: Any, mail_box: MailBox) -> None:
    api = mail_api
    for who in ("desky", ANA[0]):
        error(api.client.post("/notices/run", json={}, headers=api.token(who)), 403)
    dry = api.client.post("/notices/run", json={"dry_run": True}, headers=api.token("libby"))
    assert dry.status_code == 200, dry.text
    assert dry.json()["planned"] >= 1 and dry.json()["emailed"] == 0 and mail_box.received == []
    ana_planned = next(p for p in dry.json()["previews"] if p["to"] == "ana@example.org")
    assert ana_planned["kind"] == "overdue_3" and ana_planned["channel"] == "email"  # 19 days late
    real = api.client.post("/notices/run", json={}, headers=api.token("libby"))
    assert real.status_code == 200 and real.json()["error"] is None, real.text
    assert real.json()["emailed"] == len(mail_box.received) >= 1
    ana = [r for r in mail_box.received if r.recipients == ["ana@example.org"]]
    assert len(ana) == 1 and ana[0].envelope_from == "server@library.example"
    again = api.client.post("/notices/run", json={}, headers=api.token("admin")).json()
    assert (again["planned"], again["emailed"]) == (0, 0)
    error(api.client.post("/notices/run", json={"dry_run": "maybe"}, headers=api.token("admin")), 422)
    error(api.client.post("/notices/run", json={"colour": 1}, headers=api.token("admin")), 422)


def test_the_log_as_staff_and_as_each_member(mail_api: Any, mail_box: MailBox) -> None:
    api = mail_api
    assert api.client.post("/notices/run", json={}, headers=api.token("libby")).status_code == 200
    everyone = api.client.get("/notices", headers=api.token("desky"))
    assert everyone.status_code == 200 and {n["recipient"] for n in everyone.json()} >= {"ana@example.org"}
    ana = api.client.get("/notices", headers=api.token(ANA[0])).json()
    assert ana and {n["card_number"] for n in ana} == {ANA[0]}
    peeking = api.client.get("/notices", params={"member": ANA[0]}, headers=api.token(BEN[0])).json()
    assert all(n["card_number"] == BEN[0] for n in peeking), "a member never sees another's notices"
    error(api.client.get("/notices", params={"member": "NOPE"}, headers=api.token("desky")), 404)
    error(api.client.get("/notices"), 401)


def test_templates_as_each_role(mail_api: Any) -> None:
    api = mail_api
    shown = api.client.get("/notices/templates/hold_ready/es", headers=api.token("desky"))
    assert shown.status_code == 200 and shown.json()["subject"] == "Su reserva está lista: {title}"
    assert not shown.json()["edited"]
    error(api.client.get("/notices/templates/hold_ready/es", headers=api.token(ANA[0])), 403)
    error(api.client.get("/notices/templates/birthday/es", headers=api.token("desky")), 422)
    body = {"subject": "Lista: {title}", "body": "Hola {member_name}\n{items}"}
    error(api.client.put("/notices/templates/hold_ready/es", json=body, headers=api.token("desky")), 403)
    bad = api.client.put("/notices/templates/hold_ready/es", json={**body, "body": "{who}"},
                         headers=api.token("libby"))
    assert bad.status_code == 422 and "{who}" in bad.text
    saved = api.client.put("/notices/templates/hold_ready/es", json=body, headers=api.token("libby"))
    assert saved.status_code == 200 and saved.json()["edited"]
    assert api.client.get("/notices/templates/hold_ready/es", headers=api.token("admin")).json()["body"] == body["body"]
    reset = api.client.delete("/notices/templates/hold_ready/es", headers=api.token("admin"))
    assert reset.status_code == 200 and not reset.json()["edited"]
