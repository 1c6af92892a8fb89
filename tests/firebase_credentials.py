"""A Firebase service-account file firebase-admin accepts, for tests of the real push adapter."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def write_firebase_credentials(path: Path) -> Path:
    """Its own RSA key and a token URL nobody listens on: nothing is ever sent with it."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": "humanlink-test",
                "private_key_id": "k1",
                "private_key": pem.decode(),
                "client_email": "push@humanlink-test.iam.gserviceaccount.com",
                "token_uri": "http://127.0.0.1:9/token",
            }
        )
    )
    return path
