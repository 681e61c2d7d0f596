"""Access tokens: short-lived JWTs signed with HMAC-SHA256 and a secret from configuration.

The algorithm is pinned: a token whose header names anything else (``none``, ``RS256``
presented with the secret as a "public key", ``HS512``...) is refused before its signature is
looked at. ``exp``, ``iat``, ``iss``, ``aud``, ``sub`` and ``jti`` are required and checked;
``nbf`` when present. Claims we add: ``role``, ``sid`` (the login session, so logout ends
the access token too) and ``typ`` = "access".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt

from ...domain.errors import AuthenticationFailed
from ..settings import ServerSettings

ALGORITHM = "HS256"
REQUIRED = ["exp", "iat", "iss", "aud", "sub", "jti"]
LEEWAY_S = 5


@dataclass(frozen=True)
class AccessClaims:
    sub: str  # "staff:<uuid>" or "member:<uuid>"
    role: str
    sid: str
    jti: str
    exp: datetime


def issue_access(settings: ServerSettings, *, subject: str, role: str, session_id: str,
                 now: datetime | None = None) -> tuple[str, int]:
    """A signed access token and its lifetime in seconds."""
    now = now or datetime.now(UTC)
    claims = {
        "iss": settings.jwt_issuer, "aud": settings.jwt_audience, "sub": subject, "role": role, "sid": session_id,
        "typ": "access", "jti": str(uuid.uuid4()), "iat": int(now.timestamp()), "nbf": int(now.timestamp()),
        "exp": int((now + timedelta(seconds=settings.access_ttl_s)).timestamp()),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=ALGORITHM), settings.access_ttl_s


def decode_access(settings: ServerSettings, token: str) -> AccessClaims:
    """Check a bearer token and return its claims; ``AuthenticationFailed`` says why not."""
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise AuthenticationFailed("The access token is malformed") from None
    if header.get("alg") != ALGORITHM:
        raise AuthenticationFailed(f"The access token's algorithm {header.get('alg')!r} is not accepted")
    try:
        claims = jwt.decode(
            token, settings.jwt_secret, algorithms=[ALGORITHM], audience=settings.jwt_audience,
            issuer=settings.jwt_issuer, leeway=LEEWAY_S,
            options={"require": REQUIRED, "verify_signature": True, "verify_exp": True, "verify_iat": True,
                     "verify_nbf": True, "verify_aud": True, "verify_iss": True},
        )
    except jwt.ExpiredSignatureError:
        raise AuthenticationFailed("The access token has expired; refresh it") from None
    except jwt.ImmatureSignatureError:
        raise AuthenticationFailed("The access token is not valid yet") from None
    except jwt.InvalidAudienceError:
        raise AuthenticationFailed("The access token is for another audience") from None
    except jwt.InvalidIssuerError:
        raise AuthenticationFailed("The access token was issued by someone else") from None
    except jwt.MissingRequiredClaimError as exc:
        raise AuthenticationFailed(f"The access token lacks the {exc.claim!r} claim") from None
    except jwt.InvalidSignatureError:
        raise AuthenticationFailed("The access token's signature is wrong") from None
    except jwt.PyJWTError as exc:
        raise AuthenticationFailed(f"The access token is invalid ({exc})") from None
    shape_ok = isinstance(claims.get("sid"), str) and isinstance(claims.get("role"), str)
    if claims.get("typ") != "access" or not shape_ok:
        raise AuthenticationFailed("The access token is not an access token of this server")
    iat = claims["iat"]
    if not isinstance(iat, int | float) or iat > datetime.now(UTC).timestamp() + LEEWAY_S:
        raise AuthenticationFailed("The access token was issued in the future")
    return AccessClaims(sub=str(claims["sub"]), role=claims["role"], sid=claims["sid"], jti=str(claims["jti"]),
                        exp=datetime.fromtimestamp(claims["exp"], UTC))
