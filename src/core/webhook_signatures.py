"""Stripe-style webhook signatures (`Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256>`), pure Python.

The fake payments gateway signs its events with this exactly as Stripe does, so the one
verification path (Stripe's SDK in the real adapter, this module in the fake) is exercised by
the same tests. Unlike Stripe's SDK this also refuses timestamps too far in the future.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

SCHEME = "v1"
DEFAULT_TOLERANCE_SECONDS = 300


class SignatureMismatch(ValueError):
    """The header is missing, malformed, stale, or no signature in it matches."""


def compute_signature(*, payload: bytes, timestamp: int, secret: str) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def signature_header(*, payload: bytes, timestamp: int, secret: str) -> str:
    return f"t={timestamp},{SCHEME}={compute_signature(payload=payload, timestamp=timestamp, secret=secret)}"


def parse_header(header: str | None) -> tuple[int, Sequence[str]]:
    """(timestamp, v1 signatures) of a signature header; SignatureMismatch when unreadable."""
    if not header:
        raise SignatureMismatch("no signature header")
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        name, sep, value = item.strip().partition("=")
        if not sep:
            continue
        if name == "t":
            try:
                timestamp = int(value)
            except ValueError as exc:
                raise SignatureMismatch("unreadable timestamp") from exc
        elif name == SCHEME:
            signatures.append(value)
    if timestamp is None or not signatures:
        raise SignatureMismatch("no timestamp or no v1 signature")
    return timestamp, signatures


def check_timestamp(*, timestamp: int, now: int, tolerance: int = DEFAULT_TOLERANCE_SECONDS) -> None:
    if abs(now - timestamp) > tolerance:
        raise SignatureMismatch("timestamp outside the tolerance window")


def verify(
    *, payload: bytes, header: str | None, secret: str, now: int, tolerance: int = DEFAULT_TOLERANCE_SECONDS
) -> None:
    timestamp, signatures = parse_header(header)
    expected = compute_signature(payload=payload, timestamp=timestamp, secret=secret)
    if not any(hmac.compare_digest(expected, candidate) for candidate in signatures):
        raise SignatureMismatch("no signature matches the payload")
    check_timestamp(timestamp=timestamp, now=now, tolerance=tolerance)
