"""S3's evaluation of a browser-based POST upload, for tests.

moto 5.2 stores whatever is POSTed without evaluating the policy, so on its own it cannot show
that our presigned POST refuses another key, another content type or a too-large file. This
does what S3 documents (SigV4 signature over the base64 policy, expiration, every condition,
every form field covered by a condition) before the form is forwarded to moto.
https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime

# Fields S3 never requires a condition for.
_EXEMPT = {"x-amz-signature", "file", "policy"}


def _signing_key(secret: str, date: str, region: str) -> bytes:
    key = ("AWS4" + secret).encode()
    for part in (date, region, "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def policy_refusal(*, fields: Mapping[str, str], bucket: str, size: int, secret: str, now: datetime) -> str | None:
    """Why S3 would refuse this POST, or None if it would accept it."""
    policy_b64 = fields.get("policy", "")
    credential = fields.get("x-amz-credential", "")
    try:
        _, date, region, _, _ = credential.split("/")
    except ValueError:
        return "bad credential"
    expected = hmac.new(_signing_key(secret, date, region), policy_b64.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, fields.get("x-amz-signature", "")):
        return "SignatureDoesNotMatch"
    policy = json.loads(base64.b64decode(policy_b64))
    if datetime.strptime(policy["expiration"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) < now:
        return "policy expired"
    values = {k.lower(): v for k, v in fields.items()} | {"bucket": bucket}
    covered = set()
    for condition in policy["conditions"]:
        if isinstance(condition, dict):
            ((name, value),) = condition.items()
            op, name = "eq", name.lower()
        elif condition[0] == "content-length-range":
            if not condition[1] <= size <= condition[2]:
                return "EntityTooLarge" if size > condition[2] else "EntityTooSmall"
            continue
        else:
            op, name, value = condition[0], condition[1].lstrip("$").lower(), condition[2]
        covered.add(name)
        actual = values.get(name)
        if actual is None or (op == "eq" and actual != value) or (op == "starts-with" and not actual.startswith(value)):
            return f"condition failed: {name}"
    extra = {name for name in values if name not in covered and name not in _EXEMPT}
    if extra:
        return f"fields not covered by the policy: {sorted(extra)}"
    return None
