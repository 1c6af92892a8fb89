"""Google and X at their HTTP boundary: real signed id_tokens, stubbed certificate and API calls."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

GOOGLE_CLIENT_ID = "test-google-client.apps.googleusercontent.com"
GOOGLE_CERTS_URL = "https://www.googleapis.com/oauth2/v1/certs"
X_CLIENT_ID = "test-x-client"
X_TOKEN_URL = "https://api.x.com/2/oauth2/token"
X_PROFILE_URL = "https://api.x.com/2/users/me"
X_AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"


def providers_settings() -> dict:
    return {
        "google": {"APPS": [{"client_id": GOOGLE_CLIENT_ID, "secret": "google-secret"}], "SCOPE": ["openid", "email"]},
        "twitter_oauth2": {"APPS": [{"client_id": X_CLIENT_ID, "secret": "x-secret"}]},
    }


class FakeGoogle:
    """Signs id_tokens like Google and serves the matching certificate."""

    kid = "test-kid-1"

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "accounts.google.test")])
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .sign(self.key, hashes.SHA256())
        )
        self.cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()

    def stub_certs(self, rsps) -> None:
        rsps.get(GOOGLE_CERTS_URL, json={self.kid: self.cert_pem})

    def id_token(
        self,
        *,
        sub: str,
        email: str,
        email_verified: bool,
        key=None,
        aud: str = GOOGLE_CLIENT_ID,
        name: str = "Goo Gler",
    ) -> str:
        now = int(time.time())
        claims = {
            "iss": "https://accounts.google.com",
            "aud": aud,
            "sub": sub,
            "email": email,
            "email_verified": email_verified,
            "name": name,
            "iat": now,
            "exp": now + 600,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": self.kid})
