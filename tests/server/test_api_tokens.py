"""Access tokens: every way a forged, stale or foreign token must be refused with 401."""

from __future__ import annotations

import base64
import json
import time
import uuid

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from server_env import SECRET


def _claims(api, **changes):
    """Valid claims for the admin's live session, then ``changes`` (None deletes a claim)."""
    headers = api.token("admin")
    good = jwt.decode(headers["Authorization"].split()[1], options={"verify_signature": False})
    now = int(time.time())
    claims = {**good, "iat": now, "nbf": now, "exp": now + 300, "jti": str(uuid.uuid4())}
    for key, value in changes.items():
        if value is None:
            claims.pop(key, None)
        else:
            claims[key] = value
    return claims


def _get(api, token):
    return api.client.get("/books", headers={"Authorization": f"Bearer {token}"})


def _refused(response, words):
    assert response.status_code == 401, response.text
    assert response.headers["WWW-Authenticate"] == "Bearer"
    body = response.json()["error"]
    assert body["code"] == "authentication_failed"
    assert words in body["message"]


def test_a_valid_token_works(sqlite_api):
    assert _get(sqlite_api, jwt.encode(_claims(sqlite_api), SECRET, algorithm="HS256")).status_code == 200


def test_missing_and_malformed_bearer(sqlite_api):
    _refused(sqlite_api.client.get("/books"), "Log in first")
    _refused(sqlite_api.client.get("/books", headers={"Authorization": "Basic YWRtaW46eA=="}), "Log in first")
    _refused(_get(sqlite_api, "not.a.jwt"), "malformed")


def test_expired(sqlite_api):
    now = int(time.time())
    token = jwt.encode(_claims(sqlite_api, iat=now - 900, nbf=now - 900, exp=now - 600), SECRET, algorithm="HS256")
    _refused(_get(sqlite_api, token), "expired")


def test_not_yet_valid(sqlite_api):
    now = int(time.time())
    token = jwt.encode(_claims(sqlite_api, nbf=now + 600), SECRET, algorithm="HS256")
    _refused(_get(sqlite_api, token), "not valid yet")
    token = jwt.encode(_claims(sqlite_api, iat=now + 600, nbf=None), SECRET, algorithm="HS256")
    _refused(_get(sqlite_api, token), "")


def test_wrong_audience_and_issuer(sqlite_api):
    _refused(_get(sqlite_api, jwt.encode(_claims(sqlite_api, aud="another-api"), SECRET, algorithm="HS256")),
             "audience")
    _refused(_get(sqlite_api, jwt.encode(_claims(sqlite_api, iss="evil"), SECRET, algorithm="HS256")), "issued by")


def test_tampered_signature_and_payload(sqlite_api):
    token = jwt.encode(_claims(sqlite_api), SECRET, algorithm="HS256")
    head, payload, sig = token.split(".")
    flipped = sig[:-2] + ("AA" if sig[-2:] != "AA" else "BB")
    _refused(_get(sqlite_api, f"{head}.{payload}.{flipped}"), "signature")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["role"] = "admin"
    claims["sub"] = "staff:someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    _refused(_get(sqlite_api, f"{head}.{forged}.{sig}"), "signature")
    other_key = jwt.encode(_claims(sqlite_api), "another-secret-that-is-long-enough-1234567", algorithm="HS256")
    _refused(_get(sqlite_api, other_key), "signature")


def test_alg_none(sqlite_api):
    header = base64.urlsafe_b64encode(json.dumps({"alg": "none", "typ": "JWT"}).encode()).decode().rstrip("=")
    payload = base64.urlsafe_b64encode(json.dumps(_claims(sqlite_api)).encode()).decode().rstrip("=")
    _refused(_get(sqlite_api, f"{header}.{payload}."), "'none' is not accepted")


def test_hs_rs_confusion(sqlite_api):
    """An RS256 token, and an HS256 token keyed with a public key, are both refused."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    rs = jwt.encode(_claims(sqlite_api), key, algorithm="RS256")
    _refused(_get(sqlite_api, rs), "'RS256' is not accepted")
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    # Hand-made HS256 token with the public key as the HMAC secret (pyjwt refuses to make one).
    import hashlib
    import hmac
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    payload = base64.urlsafe_b64encode(json.dumps(_claims(sqlite_api)).encode()).decode().rstrip("=")
    sig = hmac.new(public_pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    forged = f"{header}.{payload}.{base64.urlsafe_b64encode(sig).decode().rstrip('=')}"
    _refused(_get(sqlite_api, forged), "signature")
    hs512 = jwt.encode(_claims(sqlite_api), SECRET, algorithm="HS512")
    _refused(_get(sqlite_api, hs512), "'HS512' is not accepted")


@pytest.mark.parametrize("claim", ["exp", "iat", "iss", "aud", "sub", "jti"])
def test_missing_required_claim(sqlite_api, claim):
    token = jwt.encode(_claims(sqlite_api, **{claim: None}), SECRET, algorithm="HS256")
    response = _get(sqlite_api, token)
    assert response.status_code == 401
    if claim not in ("iss", "aud"):  # pyjwt names a missing iss/aud as invalid
        assert claim in response.json()["error"]["message"]


def test_our_own_claims_are_checked(sqlite_api):
    _refused(_get(sqlite_api, jwt.encode(_claims(sqlite_api, typ="refresh"), SECRET, algorithm="HS256")),
             "not an access token")
    _refused(_get(sqlite_api, jwt.encode(_claims(sqlite_api, sid=str(uuid.uuid4())), SECRET, algorithm="HS256")),
             "session is unknown")
    _refused(_get(sqlite_api, jwt.encode(_claims(sqlite_api, sub="staff:not-the-owner"), SECRET,
                                         algorithm="HS256")), "session is unknown")
